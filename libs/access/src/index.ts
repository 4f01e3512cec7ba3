export { AccessModule } from './access.module';
export {
  AuthUnavailableError,
  JurisdictionForbiddenError,
  JurisdictionRequiredError,
  TokenExpiredError,
  TokenInvalidError,
  TokenMissingError,
} from './auth.errors';
export { BearerAuthGuard } from './bearer-auth.guard';
export { claimsOf, principalFromClaims, type SetuTokenClaims } from './claims';
export { CurrentPrincipal, principalOf } from './current-principal.decorator';
export { MAX_TOKEN_LIFETIME_SECONDS, parseDuration } from './duration';
export { LOCAL_KEY_FILE, LocalIssuer, type LocalIssuerOptions } from './local-issuer';
export { actorOf, isJurisdiction, jurisdictionOf, metadataFor, type CommandContext, type Principal } from './principal';
export { ACCEPTED_ALGORITHMS, TokenVerifier, type TokenVerifierOptions } from './token-verifier';
