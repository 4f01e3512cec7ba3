import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Rupees, Uuid } from './legal.schemas';

export const CompensationAwarded = defineEvent(
  'legal.CompensationAwarded',
  1,
  Type.Object(
    {
      caseId: CaseId,
      claimId: Uuid('the claim'),
      awardedAt: DateTime('when the award was ordered'),
      amount: Rupees('amount awarded'),
      interim: Type.Boolean({ description: 'an interim (immediate) award, to be followed by a final one' }),
      orderNumber: Type.Optional(Type.String({ minLength: 1, description: 'the order\'s reference, if any' })),
    },
    { description: 'Compensation was awarded on a claim (interim or final).' },
  ),
);
export type CompensationAwarded = EventOf<typeof CompensationAwarded>;
