/**
 * How a rejected command is answered: `unprocessable` (422, the input is impossible: a step dated
 * before the rescue it follows), `not_found` (404), `conflict` (409, the stream's state forbids it).
 */
export type RejectionCategory = 'unprocessable' | 'not_found' | 'conflict';

export interface RejectedField {
  /** The request field at fault, as the client sent it (`heldFrom`, `victims[2].caseId`). */
  readonly field: string;
  readonly message: string;
}

/**
 * A domain's refusal of a command, with a stable code (`STEP_BEFORE_RESCUE`). Thrown by `decide`
 * (pure: no framework), mapped to problem+json by the platform's filter; nothing is written.
 */
export class CommandRejected extends Error {
  constructor(
    readonly code: string,
    readonly category: RejectionCategory,
    message: string,
    readonly errors: readonly RejectedField[] = [],
  ) {
    super(message);
    this.name = 'CommandRejected';
  }
}
