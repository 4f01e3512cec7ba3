import type { Principal } from '@setu/access';
import type { Jurisdiction } from '@setu/contracts';

/** Who asks, and the HTTP conventions that travel with every command. */
export interface CallerContext {
  readonly principal: Principal;
  readonly correlationId: string;
  /** `Idempotency-Key`, recorded in the events' metadata. */
  readonly idempotencyKey?: string;
  /** From `If-Match`: decide only on this revision (-1: only while the stream has no event). */
  readonly expectedRevision?: number;
  /** The state the facts belong to, when the caller's token covers several. */
  readonly jurisdiction?: Jurisdiction;
}

/** The stream's revision after a command: the next `If-Match`, and the `ETag`. */
export interface CommandOutcome {
  readonly revision: number;
}

/** A view with its stream's revision, the `ETag` (-1: no event yet). */
export interface Versioned<V> {
  readonly view: V;
  readonly revision: number;
}
