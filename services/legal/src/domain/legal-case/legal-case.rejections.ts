import { CommandRejected } from '@setu/decider';

export const claimNotFound = (): CommandRejected =>
  new CommandRejected('CLAIM_NOT_FOUND', 'not_found', 'The child has no compensation claim with this id.');

export const claimAlreadyMade = (): CommandRejected =>
  new CommandRejected('CLAIM_ALREADY_MADE', 'conflict', 'A compensation claim with this id already exists.');

/** A fact of the child's legal record dated before the child's case was opened (the rescue). */
export const stepBeforeRescue = (field: string, openedAt: string): CommandRejected =>
  new CommandRejected('STEP_BEFORE_RESCUE', 'unprocessable', `${field} is before the child's rescue (${openedAt}).`, [
    { field, message: `${field} must not be before the child's rescue (${openedAt})` },
  ]);
