import { ReintegrationRejection } from '../shared/reintegration-rejection';

export const batchNotFound = (): ReintegrationRejection =>
  new ReintegrationRejection('BATCH_NOT_FOUND', 'not_found', 'No repatriation batch has this id.');

export const batchAlreadyPlanned = (): ReintegrationRejection =>
  new ReintegrationRejection('BATCH_ALREADY_PLANNED', 'conflict', 'This batch was already planned.');

export const childNotInBatch = (): ReintegrationRejection =>
  new ReintegrationRejection('CHILD_NOT_IN_BATCH', 'unprocessable', 'This child is not on this batch.', [
    { field: 'caseId', message: 'must name a child on the batch' },
  ]);

export const childAlreadyHandedOver = (handedOverAt: string): ReintegrationRejection =>
  new ReintegrationRejection('CHILD_ALREADY_HANDED_OVER', 'conflict', `This child was already handed over, at ${handedOverAt}.`, [
    { field: 'caseId', message: 'names a child already handed over' },
  ]);

/** A batch leaves and arrives once; a second, different time contradicts the first. */
export const alreadyHappened = (code: 'BATCH_ALREADY_DEPARTED' | 'BATCH_ALREADY_ARRIVED', field: string, at: string): ReintegrationRejection =>
  new ReintegrationRejection(code, 'conflict', `The batch already has ${field} ${at}; a batch leaves and arrives once.`, [
    { field, message: `differs from the ${field} already recorded (${at})` },
  ]);
