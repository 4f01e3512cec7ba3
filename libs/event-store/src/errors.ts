import type { ExpectedRevision } from './event-store.port';

/** The stream was not at the revision the writer expected (HTTP 409). */
export class ConcurrencyError extends Error {
  readonly code = 'CONCURRENCY_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's last revision, or `no_stream` if it has no events. */
    readonly actual: number | 'no_stream',
  ) {
    super(`stream ${streamId}: expected ${String(expected)}, actual ${String(actual)}`);
    this.name = 'ConcurrencyError';
  }
}

/** An event the store refuses to write: nothing of the batch was written. */
export class InvalidEventError extends Error {
  readonly code = 'INVALID_EVENT';
  constructor(
    readonly index: number,
    readonly field: string,
    reason: string,
  ) {
    super(`event ${index}: ${field} ${reason}`);
    this.name = 'InvalidEventError';
  }
}

/** Some but not all of a batch's event ids are already in the stream: not a safe retry. */
export class IdempotencyConflictError extends Error {
  readonly code = 'IDEMPOTENCY_CONFLICT';
  constructor(readonly streamId: string) {
    super(`stream ${streamId}: part of this batch was already appended with other events`);
    this.name = 'IdempotencyConflictError';
  }
}
