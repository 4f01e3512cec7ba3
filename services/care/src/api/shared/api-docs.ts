import { applyDecorators, type Type } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { CommandEndpoint, concurrencyProblem, jurisdictionProblem, problem, validationProblem } from '@setu/service-kit';
import { EXAMPLE_CASE_ID } from './case-params.dto';
import { CareFactRecordedResponse } from './fact-response.dto';

export const CASE_ID_PARAM = ApiParam({ name: 'caseId', format: 'uuid', description: 'the child\'s case, opened by the rescue service', example: EXAMPLE_CASE_ID });

const FORBIDDEN = jurisdictionProblem('The token does not cover Rajasthan.');

export interface FactEndpointDocs {
  readonly summary: string;
  readonly description: string;
  readonly body: Type;
  /** A realistic synthetic request. */
  readonly example: object;
  /** What a refusal of this fact looks like, besides the unknown case. */
  readonly rejection?: { readonly code: string; readonly field?: string; readonly detail: string };
}

const UNKNOWN_CASE = {
  code: 'UNKNOWN_CASE',
  field: 'caseId',
  detail: 'No rescue case has this id: care is recorded only for a child the rescue service identified.',
};

/** The OpenAPI of a command that records one care fact: its body, 200 with `ETag`, and each refusal. */
export function ApiCareFact(docs: FactEndpointDocs): MethodDecorator {
  const { code, field, detail } = docs.rejection ?? UNKNOWN_CASE;
  return applyDecorators(
    CASE_ID_PARAM,
    CommandEndpoint({
      summary: docs.summary,
      description: docs.description,
      body: docs.body,
      bodyExample: docs.example,
      answer: { caseId: EXAMPLE_CASE_ID, id: '0195f4b2-1a07-7c3e-8f4d-2b6a9e0c7d13', revision: 3 },
      answerType: CareFactRecordedResponse,
      answerDescription: 'Recorded on the child\'s care record, where the fact is read back; `ETag` is its new revision.',
      idempotencyKeyExample: 'c7a1e2f0-shelter-entry-0412',
      ifMatchExample: '"2"',
      problems: [
        validationProblem('Malformed: every bad field is named; nothing was recorded.', {
          field: 'admittedAt',
          message: 'admittedAt must be a valid ISO 8601 date string',
        }),
        FORBIDDEN,
        concurrencyProblem('If-Match names a revision that is no longer current; `actualRevision` is.'),
        problem(422, 'Impossible: an unknown case or district, or a fact that contradicts the record; nothing was recorded.', {
          code,
          detail,
          ...(field === undefined ? {} : { errors: [{ field, message: detail }] }),
        }),
      ],
    }),
  );
}
