import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { COMPENSATION_SCHEMES } from './legal.vocabulary';
import { CaseId, DateTime, Rupees, Uuid, oneOf } from './legal.schemas';

export const CompensationApplied = defineEvent(
  'legal.CompensationApplied',
  1,
  Type.Object(
    {
      caseId: CaseId,
      claimId: Uuid('the claim'),
      scheme: oneOf(COMPENSATION_SCHEMES, { description: 'the scheme claimed under' }),
      appliedAt: DateTime('when the application was made'),
      authority: Type.String({ minLength: 1, description: 'where it was filed, e.g. DLSA Jaipur Metropolitan' }),
      applicationNumber: Type.Optional(Type.String({ minLength: 1, description: 'the authority\'s reference, if any' })),
      amountClaimed: Type.Optional(Rupees('amount applied for')),
      firId: Type.Optional(Uuid('the FIR the claim rests on, if any')),
    },
    { description: 'A compensation claim was made for the child under one scheme.' },
  ),
);
export type CompensationApplied = EventOf<typeof CompensationApplied>;
