import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BatchId, CaseId, DateTime, Summary, oneOf, strict } from './reintegration.schemas';
import { BATCH_REMOVAL_REASONS } from './reintegration.vocabulary';

export const ChildRemovedFromBatch = defineEvent(
  'reintegration.ChildRemovedFromBatch',
  1,
  Type.Object(
    {
      batchId: BatchId,
      caseId: CaseId,
      removedAt: DateTime('when the child was taken off the batch'),
      reason: oneOf(BATCH_REMOVAL_REASONS, { description: 'why' }),
      summary: Summary('the circumstances'),
    },
    strict('A child was taken off a repatriation batch.'),
  ),
);
export type ChildRemovedFromBatch = EventOf<typeof ChildRemovedFromBatch>;
