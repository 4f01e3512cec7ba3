import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BatchId, DateTime, strict } from './reintegration.schemas';

export const BatchDeparted = defineEvent(
  'reintegration.BatchDeparted',
  1,
  Type.Object(
    { batchId: BatchId, departedAt: DateTime('when the batch actually left; G13 measures it from the transfer order') },
    strict('A repatriation batch left with the children on it.'),
  ),
);
export type BatchDeparted = EventOf<typeof BatchDeparted>;
