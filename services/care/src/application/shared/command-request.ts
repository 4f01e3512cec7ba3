import { metadataFor, type Principal } from '@setu/access';
import type { EventMetadata } from '@setu/contracts';

/** Who asks, and the HTTP conventions that travel with every command. */
export interface CommandRequest {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly idempotencyKey?: string;
  /** From `If-Match`: decide only on this revision of the stream. */
  readonly expectedRevision?: number;
}

/** What a command answers: the case, the id of the fact recorded (if it has one), the next ETag. */
export interface FactOutcome {
  readonly caseId: string;
  readonly id?: string;
  readonly revision: number;
}

export const CARE_SOURCE = 'setu.care';

/** Care is the shelter homes of Rajasthan: every fact belongs to RJ, which the token must cover. */
export const CARE_JURISDICTION = 'RJ';

export function metadataOf(request: CommandRequest): EventMetadata {
  return metadataFor(request.principal, {
    source: CARE_SOURCE,
    correlationId: request.correlationId,
    idempotencyKey: request.idempotencyKey,
    jurisdiction: CARE_JURISDICTION,
  });
}
