import { DomainError } from '@setu/platform';

/** 422 `UNKNOWN_CASE`: the request names, in `fields`, cases that no service opened. */
export class UnknownCaseError extends DomainError {
  constructor(fields: readonly string[] = ['caseId']) {
    super('UNKNOWN_CASE', 'unprocessable', 'The request names a case that does not exist; cases are opened by the rescue service, or by reintegration for a child who came home with no record.', {
      errors: fields.map((field) => ({ field, message: `${field} names no existing case` })),
    });
  }
}

/** 404 `CASE_NOT_FOUND`: the case in the path was never opened. */
export class CaseNotFoundError extends DomainError {
  constructor(detail = 'No case has this id.') {
    super('CASE_NOT_FOUND', 'not_found', detail);
  }
}
