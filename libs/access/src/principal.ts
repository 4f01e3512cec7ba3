import { JURISDICTIONS, type Actor, type EventMetadata, type Jurisdiction } from '@setu/contracts';
import { JurisdictionForbiddenError, JurisdictionRequiredError } from './auth.errors';

/** Who is calling, from a verified bearer token. */
export interface Principal {
  readonly userId: string;
  readonly orgId: string;
  readonly role: string;
  /** The states the caller may act in; never empty. */
  readonly states: readonly Jurisdiction[];
  /** The districts the caller is limited to within those states; empty means no district limit. */
  readonly districts: readonly string[];
}

/** The `actor` of the events a principal's command records. */
export function actorOf(principal: Principal): Actor {
  return { userId: principal.userId, orgId: principal.orgId, role: principal.role };
}

/**
 * The `jurisdiction` of the events a principal's command records: the requested state if the
 * token covers it, else the token's only state.
 */
export function jurisdictionOf(principal: Principal, requested?: Jurisdiction): Jurisdiction {
  if (requested !== undefined) {
    if (!principal.states.includes(requested)) throw new JurisdictionForbiddenError(requested);
    return requested;
  }
  const [only, ...others] = principal.states;
  if (only === undefined || others.length > 0) throw new JurisdictionRequiredError();
  return only;
}

export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && (JURISDICTIONS as readonly string[]).includes(value);
}

export interface CommandContext {
  /** The service recording the events, e.g. `setu.rescue`. */
  readonly source: string;
  readonly correlationId: string;
  readonly idempotencyKey?: string;
  /** The state the facts belong to, when the token covers more than one. */
  readonly jurisdiction?: Jurisdiction;
  /** The event or request that caused this command; the correlation id when none other. */
  readonly causationId?: string;
}

/** The metadata of every event a principal's command records (ARCHITECTURE.md, "The event"). */
export function metadataFor(principal: Principal, context: CommandContext): EventMetadata {
  return {
    actor: actorOf(principal),
    jurisdiction: jurisdictionOf(principal, context.jurisdiction),
    correlationId: context.correlationId,
    causationId: context.causationId ?? context.correlationId,
    source: context.source,
    ...(context.idempotencyKey === undefined ? {} : { idempotencyKey: context.idempotencyKey }),
  };
}
