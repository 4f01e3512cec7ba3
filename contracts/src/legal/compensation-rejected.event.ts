import { Type } from '@sinclair/typebox';
import { PII, defineEvent, type EventOf } from '../event-schema';
import { CLAIM_REJECTION_REASONS } from './legal.vocabulary';
import { CaseId, DateTime, Uuid, oneOf } from './legal.schemas';

export const CompensationRejected = defineEvent(
  'legal.CompensationRejected',
  1,
  Type.Object(
    {
      caseId: CaseId,
      claimId: Uuid('the claim'),
      rejectedAt: DateTime('when the authority rejected the claim'),
      reason: oneOf(CLAIM_REJECTION_REASONS, { description: 'why, for reports' }),
      note: Type.Optional(Type.String({ minLength: 1, description: 'the reason as written in the order (may quote personal details)', ...PII })),
    },
    { description: 'The authority rejected a claim; a later award (on review or appeal) is still accepted.' },
  ),
);
export type CompensationRejected = EventOf<typeof CompensationRejected>;
