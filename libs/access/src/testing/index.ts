import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '@setu/platform';
import { LocalIssuer, signWith } from '../local-issuer';
import type { Principal } from '../principal';

export const TEST_PRINCIPAL: Principal = {
  userId: 'user-1',
  orgId: 'org-1',
  role: 'fieldworker',
  states: ['RJ'],
  districts: [],
};

/** An issuer with the local issuer's names and a key in memory only. */
export function ephemeralIssuer(): Promise<LocalIssuer> {
  return LocalIssuer.ephemeral({ issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE });
}

/** The issuer of a data folder, the one an app built with that folder trusts. */
export function localIssuerOf(dataDir: string): Promise<LocalIssuer> {
  return LocalIssuer.loadOrCreate(dataDir, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE });
}

/** A valid token for `principal` (default TEST_PRINCIPAL), for HTTP tests. */
export function tokenFor(issuer: LocalIssuer, principal: Partial<Principal> = {}, expiresInSeconds = 600): Promise<string> {
  return issuer.sign({ ...TEST_PRINCIPAL, ...principal }, { expiresInSeconds });
}

/**
 * A token signed with the issuer's real key but with the given claims replaced: wrong
 * issuer, wrong audience, expired, missing claims (`undefined` removes a claim).
 */
export function forgeToken(
  issuer: LocalIssuer,
  overrides: Readonly<Record<string, unknown>> = {},
  header: Readonly<Record<string, unknown>> = {},
): Promise<string> {
  const payload: Record<string, unknown> = { ...validClaims(issuer), ...overrides };
  for (const key of Object.keys(payload)) if (payload[key] === undefined) delete payload[key];
  return signWith(issuer, payload, header);
}

/** A token with `alg: none` and no signature: must always be refused. */
export function unsignedToken(issuer: LocalIssuer): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(validClaims(issuer))}.`;
}

function validClaims(issuer: LocalIssuer): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: TEST_PRINCIPAL.userId,
    org: TEST_PRINCIPAL.orgId,
    role: TEST_PRINCIPAL.role,
    states: TEST_PRINCIPAL.states,
    iss: issuer.issuer,
    aud: issuer.audience,
    iat: now,
    exp: now + 600,
  };
}
