import type { RejectedField, RejectionCategory } from '@setu/decider';

/**
 * A decider's refusal of an impossible command, with a stable code. domain/ takes only types
 * from @setu/decider, so the application turns this into a CommandRejected of the same shape.
 */
export class ReintegrationRejection extends Error {
  constructor(
    readonly code: string,
    readonly category: RejectionCategory,
    message: string,
    readonly errors: readonly RejectedField[] = [],
  ) {
    super(message);
    this.name = 'ReintegrationRejection';
  }
}
