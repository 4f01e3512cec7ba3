import { DomainError } from '@setu/platform';

export class TokenMissingError extends DomainError {
  constructor() {
    super('AUTH_TOKEN_MISSING', 'unauthenticated', 'This endpoint requires an `Authorization: Bearer <token>` header.');
  }
}

export class TokenExpiredError extends DomainError {
  constructor() {
    super('AUTH_TOKEN_EXPIRED', 'unauthenticated', 'The bearer token has expired.');
  }
}

/** `reason` is shown to the client: it says what failed, never what the token contained. */
export class TokenInvalidError extends DomainError {
  constructor(reason: string) {
    super('AUTH_TOKEN_INVALID', 'unauthenticated', `The bearer token is not accepted: ${reason}.`);
  }
}

/** The identity provider's keys could not be fetched: the token was not judged either way. */
export class AuthUnavailableError extends DomainError {
  constructor() {
    super('AUTH_UNAVAILABLE', 'unavailable', 'The identity provider cannot be reached to verify the token; retry later.');
  }
}

export class JurisdictionForbiddenError extends DomainError {
  constructor(jurisdiction: string) {
    super('JURISDICTION_FORBIDDEN', 'forbidden', `Your token does not cover the state ${jurisdiction}.`);
  }
}

export class JurisdictionRequiredError extends DomainError {
  constructor() {
    super('JURISDICTION_REQUIRED', 'validation', 'Your token covers several states: name the one this applies to.', {
      errors: [{ field: 'jurisdiction', message: 'jurisdiction must be one of the states of your token' }],
    });
  }
}
