import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BAIL_OUTCOMES } from './legal.vocabulary';
import { DateTime, FirId, Uuid, oneOf } from './legal.schemas';

export const BailHearingHeld = defineEvent(
  'legal.BailHearingHeld',
  1,
  Type.Object(
    {
      firId: FirId,
      hearingId: Uuid('the hearing'),
      accusedId: Uuid('the accused who applied for bail'),
      heldAt: DateTime('when the hearing took place'),
      court: Type.String({ minLength: 1, description: 'the court that heard the application' }),
      victimLawyerPresent: Type.Boolean({ description: 'whether a lawyer for the victims was present (gap G22 when not)' }),
      opposed: Type.Boolean({ description: 'whether the application was opposed (by the prosecutor or the victims\' lawyer)' }),
      outcome: oneOf(BAIL_OUTCOMES, { description: 'granted, denied or adjourned' }),
    },
    { description: 'A bail application of an accused was heard.' },
  ),
);
export type BailHearingHeld = EventOf<typeof BailHearingHeld>;
