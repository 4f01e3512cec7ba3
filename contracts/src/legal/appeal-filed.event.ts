import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { APPELLANTS } from './legal.vocabulary';
import { DateTime, FirId, Uuid, oneOf } from './legal.schemas';

export const AppealFiled = defineEvent(
  'legal.AppealFiled',
  1,
  Type.Object(
    {
      firId: FirId,
      appealId: Uuid('the appeal'),
      filedAt: DateTime('when the appeal was filed'),
      court: Type.String({ minLength: 1, description: 'the appellate court, e.g. the High Court' }),
      appellant: oneOf(APPELLANTS, { description: 'who appealed: the state, an accused, or the victim' }),
      accusedIds: Type.Array(Uuid('an accused of this FIR'), { minItems: 1, description: 'the accused whose judgment is appealed' }),
    },
    { description: 'An appeal against the judgment on one or more accused.' },
  ),
);
export type AppealFiled = EventOf<typeof AppealFiled>;
