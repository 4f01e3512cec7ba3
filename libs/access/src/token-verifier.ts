import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { AuthUnavailableError, TokenExpiredError, TokenInvalidError } from './auth.errors';
import { principalFromClaims } from './claims';
import type { Principal } from './principal';

/** Asymmetric algorithms only: a token with `alg: none` or an HMAC algorithm is refused. */
export const ACCEPTED_ALGORITHMS = ['EdDSA', 'Ed25519', 'ES256', 'ES384', 'RS256', 'PS256'] as const;
const CLOCK_TOLERANCE_SECONDS = 5;

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms?: readonly string[];
}

/** Verifies a bearer JWT against a key set and turns its claims into a Principal. */
export class TokenVerifier {
  constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly options: TokenVerifierOptions,
  ) {}

  async verify(token: string): Promise<Principal> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: [...(this.options.algorithms ?? ACCEPTED_ALGORITHMS)],
        requiredClaims: ['sub', 'exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      throw translate(error);
    }
    const principal = principalFromClaims(payload);
    if ('problem' in principal) throw new TokenInvalidError(principal.problem);
    return principal;
  }
}

function translate(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new TokenExpiredError();
  if (error instanceof errors.JWTClaimValidationFailed) return new TokenInvalidError(claimProblem(error.claim));
  if (error instanceof errors.JOSEAlgNotAllowed) return new TokenInvalidError('its signing algorithm is not allowed');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenInvalidError('its signature is invalid');
  if (error instanceof errors.JWKSNoMatchingKey) return new TokenInvalidError('it is not signed by a trusted key');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return new AuthUnavailableError();
  if (error instanceof errors.JOSEError) return new TokenInvalidError('it is malformed');
  // Anything else came from fetching the remote key set, not from the token.
  return new AuthUnavailableError();
}

function claimProblem(claim: string): string {
  switch (claim) {
    case 'iss':
      return 'its issuer is not trusted';
    case 'aud':
      return 'it is meant for another audience';
    case 'nbf':
    case 'iat':
      return 'it is not valid yet';
    default:
      return `claim \`${claim}\` is missing or invalid`;
  }
}
