import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BatchId, BiharDistrict, DateTime, strict } from './reintegration.schemas';

export const BatchArrived = defineEvent(
  'reintegration.BatchArrived',
  1,
  Type.Object(
    {
      batchId: BatchId,
      arrivedAt: DateTime('when the batch arrived; the deadlines of stage 8 run from here'),
      arrivalDistrict: BiharDistrict('where it arrived, e.g. BR-PAT'),
    },
    strict('A repatriation batch arrived in the home state.'),
  ),
);
export type BatchArrived = EventOf<typeof BatchArrived>;
