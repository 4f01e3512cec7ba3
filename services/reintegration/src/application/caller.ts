import type { Principal } from '@setu/access';

/** Who asks and under which request: everything a command needs besides its own data. */
export interface CallerContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly idempotencyKey?: string;
  /**
   * From `If-Match`: decide only on this revision, and do not retry a conflict. `no_stream` is
   * the `"-1"` of a case known to rescue with no reintegration fact yet.
   */
  readonly expectedRevision?: number | 'no_stream';
}

/** The stream's revision after the command: the next `If-Match`, and the `ETag`. */
export interface CommandOutcome {
  readonly revision: number;
}

export const REINTEGRATION_SOURCE = 'setu.reintegration';
