/** How the API answers a refusal: 422 impossible input, 404 unknown target, 409 state forbids it. */
export type RejectionCategory = 'unprocessable' | 'not_found' | 'conflict';

export interface RejectedField {
  /** The request field at fault, as the client sent it (`verdicts[1].accusedId`). */
  readonly field: string;
  readonly message: string;
}

/**
 * A decider's refusal of an impossible command, with a stable code. domain/ may take only types
 * from @setu/decider, so the application turns this into its CommandRejected (same shape).
 */
export class LegalRejection extends Error {
  constructor(
    readonly code: string,
    readonly category: RejectionCategory,
    message: string,
    readonly errors: readonly RejectedField[] = [],
  ) {
    super(message);
    this.name = 'LegalRejection';
  }
}
