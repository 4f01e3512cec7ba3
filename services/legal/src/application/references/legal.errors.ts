import { DomainError, type FieldError } from '@setu/platform';

// Errors of the application layer: references the request makes that do not resolve. Cases and
// district codes are the kit's (`UnknownCaseError`, `CaseNotFoundError`, `assertKnownCodes`).

/** Where clients find the valid section codes (served by the reference endpoints). */
export const LEGAL_SECTIONS_REFERENCE = '/reference/legal-sections';

export class UnknownSectionError extends DomainError {
  constructor(errors: readonly FieldError[]) {
    super('UNKNOWN_SECTION', 'unprocessable', `The request cites ${errors.length === 1 ? 'a section' : 'sections'} not in the catalogue.`, {
      errors,
      extensions: { see: LEGAL_SECTIONS_REFERENCE },
    });
  }
}

export class UnknownFirError extends DomainError {
  constructor(field: string) {
    super('UNKNOWN_FIR', 'unprocessable', 'The request names a FIR that is not registered.', {
      errors: [{ field, message: `${field} names no registered FIR` }],
    });
  }
}

export class FirNotFoundError extends DomainError {
  constructor() {
    super('FIR_NOT_FOUND', 'not_found', 'No FIR is registered with this id.');
  }
}

export class ClaimNotFoundError extends DomainError {
  constructor() {
    super('CLAIM_NOT_FOUND', 'not_found', 'The child has no compensation claim with this id.');
  }
}
