import { CommandRejected } from '@setu/decider';

/** A fact dated before the raid it follows cannot have happened. */
export function stepBeforeRescue(field: string, rescuedAt: string): CommandRejected {
  return new CommandRejected('STEP_BEFORE_RESCUE', 'unprocessable', `${field} is before the rescue began (${rescuedAt}).`, [
    { field, message: `must not be before the rescue began (${rescuedAt})` },
  ]);
}
