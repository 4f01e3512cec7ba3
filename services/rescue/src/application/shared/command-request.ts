import { metadataFor, type Principal } from '@setu/access';
import type { EventMetadata, Jurisdiction } from '@setu/contracts';

/** Who asks, and the HTTP conventions that travel with every command. */
export interface CommandRequest {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly idempotencyKey?: string;
  /** From `If-Match`: decide only on this revision of the stream. */
  readonly expectedRevision?: number;
}

/** What a command answers: the stream's id and its revision after the command (the next ETag). */
export interface StreamOutcome {
  readonly id: string;
  readonly revision: number;
}

export const RESCUE_SOURCE = 'setu.rescue';

/** The metadata of the events the request records, in the state its facts belong to. */
export function metadataOf(request: CommandRequest, jurisdiction: Jurisdiction): EventMetadata {
  return metadataFor(request.principal, {
    source: RESCUE_SOURCE,
    correlationId: request.correlationId,
    idempotencyKey: request.idempotencyKey,
    jurisdiction,
  });
}
