import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BatchId, DateTime, Text, strict } from './reintegration.schemas';

export const BatchDepartureRescheduled = defineEvent(
  'reintegration.BatchDepartureRescheduled',
  1,
  Type.Object(
    {
      batchId: BatchId,
      rescheduledAt: DateTime('when the new date was set'),
      plannedDepartureAt: DateTime('the new planned departure'),
      reason: Type.Optional(Text('why, e.g. escort not available')),
    },
    strict('The planned departure of a repatriation batch was moved.'),
  ),
);
export type BatchDepartureRescheduled = EventOf<typeof BatchDepartureRescheduled>;
