import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOperation, ApiParam, ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@setu/platform';
import { EXAMPLE_CASE_ID } from './case-params.dto';
import { CareFactRecordedResponse } from './fact-response.dto';

const problem = (description: string, example: Record<string, unknown>) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' }, example } },
});

export const CASE_ID_PARAM = ApiParam({ name: 'caseId', format: 'uuid', description: 'the child\'s case, opened by the rescue service', example: EXAMPLE_CASE_ID });

export interface FactEndpointDocs {
  readonly summary: string;
  readonly description: string;
  readonly body: Type;
  /** A realistic synthetic request. */
  readonly example: object;
  /** What a refusal of this fact looks like, besides the unknown case. */
  readonly rejection?: { readonly code: string; readonly field?: string; readonly detail: string };
}

/** The OpenAPI of a command that records one care fact: its body, 201 with headers, and each refusal. */
export function ApiCareFact(docs: FactEndpointDocs): MethodDecorator {
  const rejection = docs.rejection ?? {
    code: 'CASE_UNKNOWN',
    field: 'caseId',
    detail: 'No rescue case has this id: care is recorded only for a child the rescue service identified.',
  };
  return applyDecorators(
    ApiOperation({ summary: docs.summary, description: docs.description }),
    CASE_ID_PARAM,
    ApiHeader({ name: 'If-Match', required: false, description: 'the ETag last read: the fact is recorded only on that revision', example: '"2"' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'retries with the same key get the first answer and write nothing', example: 'c7a1e2f0-shelter-entry-0412' }),
    ApiBody({ type: docs.body, examples: { synthetic: { summary: 'a synthetic example', value: docs.example } } }),
    ApiCreatedResponse({
      description: 'Recorded. `Location` is the child\'s care record, where the fact is read back; `ETag` its new revision.',
      type: CareFactRecordedResponse,
      headers: {
        Location: { description: 'the care record', schema: { type: 'string', example: `/care/cases/${EXAMPLE_CASE_ID}` } },
        ETag: { description: 'the care record\'s revision', schema: { type: 'string', example: '"3"' } },
      },
      example: { caseId: EXAMPLE_CASE_ID, id: '0195f4b2-1a07-7c3e-8f4d-2b6a9e0c7d13', revision: 3 },
    }),
    ApiResponse({
      status: 400,
      ...problem('Malformed: every bad field is named; nothing was recorded.', {
        type: 'urn:setu:problem:validation-failed',
        title: 'Validation failed',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'admittedAt', message: 'admittedAt must be a valid ISO 8601 date string' }],
      }),
    }),
    ApiResponse({
      status: 403,
      ...problem('The token does not cover Rajasthan.', { type: 'urn:setu:problem:jurisdiction-forbidden', title: 'Jurisdiction forbidden', status: 403, code: 'JURISDICTION_FORBIDDEN' }),
    }),
    ApiResponse({
      status: 409,
      ...problem('If-Match names a revision that is no longer current; `actualRevision` is.', {
        type: 'urn:setu:problem:concurrency-conflict',
        title: 'Concurrency conflict',
        status: 409,
        code: 'CONCURRENCY_CONFLICT',
        expectedRevision: 2,
        actualRevision: 3,
      }),
    }),
    ApiResponse({
      status: 422,
      ...problem('Impossible: an unknown case or district, or a fact that contradicts the record; nothing was recorded.', {
        type: `urn:setu:problem:${rejection.code.toLowerCase().replace(/_/g, '-')}`,
        title: rejection.code.charAt(0) + rejection.code.slice(1).toLowerCase().replace(/_/g, ' '),
        status: 422,
        code: rejection.code,
        detail: rejection.detail,
        ...(rejection.field === undefined ? {} : { errors: [{ field: rejection.field, message: rejection.detail }] }),
      }),
    }),
  );
}
