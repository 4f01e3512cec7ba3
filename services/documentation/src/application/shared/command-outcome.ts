/** The stream's revision after the command: the next `If-Match`, and the `ETag`. */
export interface CommandOutcome {
  readonly revision: number;
}
