import type { RejectedField, RejectionCategory } from '@setu/decider';

/**
 * A decider's refusal of an impossible command, with a stable code. domain/ takes only types
 * from @setu/decider, so the application turns this into a CommandRejected of the same shape.
 * Messages are shown to clients: they never quote the child's data.
 */
export class CareRejection extends Error {
  constructor(
    readonly code: string,
    readonly category: RejectionCategory,
    message: string,
    readonly errors: readonly RejectedField[] = [],
  ) {
    super(message);
    this.name = 'CareRejection';
  }
}

export function impossible(code: string, field: string, message: string): CareRejection {
  return new CareRejection(code, 'unprocessable', message, [{ field, message }]);
}
