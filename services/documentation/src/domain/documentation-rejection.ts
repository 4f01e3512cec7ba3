import type { RejectedField, RejectionCategory } from '@setu/decider';

/**
 * A refused command of the documentation domain, with a stable code. domain/ takes only types
 * from @setu/decider, so the application raises it again as CommandRejected (problem+json).
 */
export class DocumentationRejection extends Error {
  constructor(
    readonly code: string,
    readonly category: RejectionCategory,
    message: string,
    readonly errors: readonly RejectedField[] = [],
  ) {
    super(message);
    this.name = 'DocumentationRejection';
  }
}
