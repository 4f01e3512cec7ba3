import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { AgencyKind, DateTime, OperationId, PiiText, oneOf } from './rescue.schemas';
import { EVIDENCE_KINDS } from './rescue.vocabulary';

const EvidenceItem = Type.Object(
  {
    kind: oneOf(EVIDENCE_KINDS, { description: 'the item of the evidence checklist' }),
    description: Type.Optional(PiiText('what was collected; may name people')),
    quantity: Type.Optional(Type.Integer({ minimum: 1, description: 'how many (statements, photographs, registers, ...)' })),
  },
  { description: 'one item of the evidence checklist' },
);

export const EvidenceCollected = defineEvent(
  'rescue.EvidenceCollected',
  1,
  Type.Object(
    {
      operationId: OperationId,
      collectedAt: DateTime('when the evidence was collected'),
      collectedBy: AgencyKind('the agency that collected it'),
      items: Type.Array(EvidenceItem, { minItems: 1, description: 'what was collected' }),
    },
    { description: 'Evidence was collected at the scene of a raid.' },
  ),
);
export type EvidenceCollected = EventOf<typeof EvidenceCollected>;
