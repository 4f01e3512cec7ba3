import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BatchId, CaseId, DateTime, strict } from './reintegration.schemas';

export const ChildAddedToBatch = defineEvent(
  'reintegration.ChildAddedToBatch',
  1,
  Type.Object(
    { batchId: BatchId, caseId: CaseId, addedAt: DateTime('when the child was added') },
    strict('A child was added to a repatriation batch after it was planned.'),
  ),
);
export type ChildAddedToBatch = EventOf<typeof ChildAddedToBatch>;
