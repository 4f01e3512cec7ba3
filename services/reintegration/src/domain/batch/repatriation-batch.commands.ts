import type {
  BatchArrived,
  BatchDeparted,
  BatchDepartureRescheduled,
  ChildAddedToBatch,
  ChildHandedOver,
  ChildRemovedFromBatch,
  RepatriationBatchPlanned,
} from '@setu/contracts';
import type { Command } from '@setu/decider';
import type { Fact } from '../shared/fact';

// `occurredAt` is the event's own date field: when the batch was planned, left, arrived.

export type PlanBatch = Command<'PlanBatch', Fact<RepatriationBatchPlanned, 'plannedAt'>>;
export type AddChildToBatch = Command<'AddChildToBatch', Fact<ChildAddedToBatch, 'addedAt'>>;
export type RemoveChildFromBatch = Command<'RemoveChildFromBatch', Fact<ChildRemovedFromBatch, 'removedAt'>>;
export type RescheduleDeparture = Command<'RescheduleDeparture', Fact<BatchDepartureRescheduled, 'rescheduledAt'>>;
export type RecordDeparture = Command<'RecordDeparture', Fact<BatchDeparted, 'departedAt'>>;
export type RecordArrival = Command<'RecordArrival', Fact<BatchArrived, 'arrivedAt'>>;
export type RecordHandover = Command<'RecordHandover', Fact<ChildHandedOver, 'handedOverAt'>>;

export type RepatriationBatchCommand =
  | PlanBatch
  | AddChildToBatch
  | RemoveChildFromBatch
  | RescheduleDeparture
  | RecordDeparture
  | RecordArrival
  | RecordHandover;
