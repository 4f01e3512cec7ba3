import type { RejectedField, RejectionCategory } from '@setu/decider';

/**
 * A decider's refusal of an impossible command, with a stable code. domain/ takes only types
 * from @setu/decider, so the application turns this into a CommandRejected of the same shape.
 */
export class RescueRejection extends Error {
  constructor(
    readonly code: string,
    readonly category: RejectionCategory,
    message: string,
    readonly errors: readonly RejectedField[] = [],
  ) {
    super(message);
    this.name = 'RescueRejection';
  }
}

/** A fact dated before the raid it follows cannot have happened. */
export function stepBeforeRescue(field: string, rescuedAt: string): RescueRejection {
  return new RescueRejection('STEP_BEFORE_RESCUE', 'unprocessable', `${field} is before the rescue began (${rescuedAt}).`, [
    { field, message: `must not be before the rescue began (${rescuedAt})` },
  ]);
}
