import { CommandRejected } from '@setu/decider';

export const batchNotFound = (): CommandRejected =>
  new CommandRejected('BATCH_NOT_FOUND', 'not_found', 'No repatriation batch has this id.');

export const batchAlreadyPlanned = (): CommandRejected =>
  new CommandRejected('BATCH_ALREADY_PLANNED', 'conflict', 'This batch was already planned.');

export const childNotInBatch = (): CommandRejected =>
  new CommandRejected('CHILD_NOT_IN_BATCH', 'unprocessable', 'This child is not on this batch.', [
    { field: 'caseId', message: 'must name a child on the batch' },
  ]);

export const childAlreadyHandedOver = (handedOverAt: string): CommandRejected =>
  new CommandRejected('CHILD_ALREADY_HANDED_OVER', 'conflict', `This child was already handed over, at ${handedOverAt}.`, [
    { field: 'caseId', message: 'names a child already handed over' },
  ]);

/** A batch leaves and arrives once; a second, different time contradicts the first. */
export const alreadyHappened = (code: 'BATCH_ALREADY_DEPARTED' | 'BATCH_ALREADY_ARRIVED', field: string, at: string): CommandRejected =>
  new CommandRejected(code, 'conflict', `The batch already has ${field} ${at}; a batch leaves and arrives once.`, [
    { field, message: `differs from the ${field} already recorded (${at})` },
  ]);
