import type { Principal } from '@setu/access';
import type { Jurisdiction } from '@setu/contracts';

/** Who asks and under which request: everything a command needs besides its own data. */
export interface CallerContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly idempotencyKey?: string;
  /** From `If-Match`: decide only on this revision, and do not retry a conflict. */
  readonly expectedRevision?: number;
  /** The state the facts belong to, when the caller's token covers several. */
  readonly jurisdiction?: Jurisdiction;
}

/** The stream's revision after the command: the next `If-Match`, and the `ETag`. */
export interface CommandOutcome {
  readonly revision: number;
}

export const LEGAL_SOURCE = 'setu.legal';
