import { DomainError, type FieldError } from '@setu/platform';

// Errors of the application layer: references the request makes that do not resolve.

/** Where clients find the valid codes (served by the reference endpoints). */
export const LEGAL_SECTIONS_REFERENCE = '/reference/legal-sections';
export const DISTRICTS_REFERENCE = '/reference/districts';

export class UnknownSectionError extends DomainError {
  constructor(errors: readonly FieldError[]) {
    super('UNKNOWN_SECTION', 'unprocessable', `The request cites ${errors.length === 1 ? 'a section' : 'sections'} not in the catalogue.`, {
      errors,
      extensions: { see: LEGAL_SECTIONS_REFERENCE },
    });
  }
}

export class UnknownDistrictError extends DomainError {
  constructor(field: string) {
    super('UNKNOWN_DISTRICT', 'unprocessable', 'The request names a district code that does not exist.', {
      errors: [{ field, message: `${field} is not a district code of Rajasthan or Bihar` }],
      extensions: { see: DISTRICTS_REFERENCE },
    });
  }
}

export class UnknownCaseError extends DomainError {
  constructor(fields: readonly string[]) {
    super('UNKNOWN_CASE', 'unprocessable', 'The request names a case that does not exist; cases are opened by the rescue service.', {
      errors: fields.map((field) => ({ field, message: `${field} names no existing case` })),
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

export class CaseNotFoundError extends DomainError {
  constructor() {
    super('CASE_NOT_FOUND', 'not_found', 'No case has this id.');
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
