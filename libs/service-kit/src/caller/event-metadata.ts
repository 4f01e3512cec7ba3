import { metadataFor } from '@setu/access';
import type { EventMetadata, Jurisdiction } from '@setu/contracts';
import type { CallerContext } from './caller-context';

/**
 * The metadata of the events a caller's command records: actor, correlation, idempotency key,
 * and the state the facts belong to (by default the caller's, else the token's only state).
 */
export function metadataOf(caller: CallerContext, source: string, jurisdiction: Jurisdiction | undefined = caller.jurisdiction): EventMetadata {
  return metadataFor(caller.principal, {
    source,
    correlationId: caller.correlationId,
    ...(caller.idempotencyKey === undefined ? {} : { idempotencyKey: caller.idempotencyKey }),
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
  });
}
