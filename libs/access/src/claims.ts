import type { JWTPayload } from 'jose';
import { isJurisdiction, type Principal } from './principal';

/**
 * The claims of a Setu bearer token, besides `iss`, `aud`, `exp` and `iat`:
 * - `sub`: user id
 * - `org`: organisation id
 * - `role`: the user's role, e.g. `fieldworker`
 * - `states`: the states the user acts in, a non-empty list of `RJ` | `BR`
 * - `districts`: district codes the user is limited to (optional; absent or empty = no limit)
 */
export interface SetuTokenClaims {
  readonly sub: string;
  readonly org: string;
  readonly role: string;
  readonly states: readonly string[];
  readonly districts?: readonly string[];
}

const MAX_ID = 200;

/** The principal a token's claims describe, or why they describe none. */
export function principalFromClaims(payload: JWTPayload): Principal | { readonly problem: string } {
  const { sub, org, role, states, districts } = payload as Partial<Record<string, unknown>>;
  if (!isId(sub)) return { problem: 'claim `sub` must be a non-empty string' };
  if (!isId(org)) return { problem: 'claim `org` must be a non-empty string' };
  if (!isId(role)) return { problem: 'claim `role` must be a non-empty string' };
  if (!Array.isArray(states) || states.length === 0 || !states.every(isJurisdiction)) {
    return { problem: 'claim `states` must be a non-empty list of RJ, BR' };
  }
  if (districts !== undefined && !(Array.isArray(districts) && districts.every(isId))) {
    return { problem: 'claim `districts` must be a list of district codes' };
  }
  return {
    userId: sub,
    orgId: org,
    role,
    states: [...new Set(states)],
    districts: [...new Set(districts ?? [])],
  };
}

export function claimsOf(principal: Principal): SetuTokenClaims {
  return {
    sub: principal.userId,
    org: principal.orgId,
    role: principal.role,
    states: principal.states,
    ...(principal.districts.length === 0 ? {} : { districts: principal.districts }),
  };
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_ID;
}
