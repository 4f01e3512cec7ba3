import { applyDecorators, HttpCode, HttpStatus } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@setu/platform';

// OpenAPI of the reintegration endpoints: headers, the answer and the problems, with examples.

const problem = (description: string, example: Record<string, unknown>) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' }, example } },
});

const PROBLEMS = {
  400: problem('Malformed request, each bad field named; nothing was written', {
    type: 'urn:setu:problem:validation-failed',
    title: 'Validation failed',
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'The request has 1 invalid field.',
    errors: [{ field: 'visitedAt', message: 'visitedAt must not be in the future (more than 5 minutes ahead)' }],
  }),
  404: problem('No such case or batch', {
    type: 'urn:setu:problem:batch-not-found',
    title: 'Batch not found',
    status: 404,
    code: 'BATCH_NOT_FOUND',
    detail: 'No repatriation batch has this id.',
  }),
  409: problem('If-Match names a revision that is no longer current (the current one is `actualRevision`), or the record\'s state forbids this', {
    type: 'urn:setu:problem:concurrency-conflict',
    title: 'Concurrency conflict',
    status: 409,
    code: 'CONCURRENCY_CONFLICT',
    detail: 'The record changed since it was read; reload it and retry.',
    expectedRevision: 3,
    actualRevision: 4,
  }),
  422: problem('A case that neither rescue nor reintegration opened, or a reference to something the record does not hold; nothing was written', {
    type: 'urn:setu:problem:case-unknown',
    title: 'Case unknown',
    status: 422,
    code: 'CASE_UNKNOWN',
    detail: 'No case has this id: neither the rescue nor the reintegration service opened it.',
    errors: [{ field: 'caseId', message: 'must name a case opened by the rescue or the reintegration service' }],
  }),
} as const;

const ETAG = { description: 'the record\'s revision after the command: send it as If-Match next time', schema: { type: 'string', example: '"4"' } };

export interface CommandEndpointOptions {
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  /** The request DTO, so the body schema and its example appear in the document. */
  readonly body: new () => object;
  /** An example of the answer (ids and revision). */
  readonly answer: Record<string, unknown>;
  /** 201 with Location: the command creates a record with its own GET. Otherwise 200. */
  readonly created?: boolean;
}

export function CommandEndpoint(options: CommandEndpointOptions): MethodDecorator {
  const created = options.created === true;
  const status = created ? HttpStatus.CREATED : HttpStatus.OK;
  const headers = { ETag: ETAG, ...(created ? { Location: { description: 'the created record', schema: { type: 'string' } } } : {}) };
  return applyDecorators(
    ApiTags(options.tag),
    ApiOperation({ summary: options.summary, ...(options.description === undefined ? {} : { description: options.description }) }),
    ApiBody({ type: options.body }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key returns the first answer and writes nothing new', example: '6f0e2c1a-visit-2026-06-05' }),
    ...(created ? [] : [ApiHeader({ name: 'If-Match', required: false, description: 'the ETag last read; without it the command is decided on the current state', example: '"3"' })]),
    HttpCode(status),
    ApiResponse({ status, description: 'Recorded', headers, content: { 'application/json': { example: options.answer } } }),
    ApiResponse({ status: 400, ...PROBLEMS[400] }),
    ApiResponse({ status: 404, ...PROBLEMS[404] }),
    ApiResponse({ status: 409, ...PROBLEMS[409] }),
    ApiResponse({ status: 422, ...PROBLEMS[422] }),
  );
}

export interface ViewEndpointOptions {
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly example: Record<string, unknown>;
}

export function ViewEndpoint(options: ViewEndpointOptions): MethodDecorator {
  return applyDecorators(
    ApiTags(options.tag),
    ApiOperation({ summary: options.summary, ...(options.description === undefined ? {} : { description: options.description }) }),
    ApiResponse({
      status: 200,
      description: 'The record as this service holds it; its revision is in ETag',
      headers: { ETag: { description: 'the stream\'s revision (-1: no fact yet)', schema: { type: 'string', example: '"4"' } } },
      content: { 'application/json': { schema: { type: 'object' }, example: options.example } },
    }),
    ApiResponse({ status: 400, ...PROBLEMS[400] }),
    ApiResponse({ status: 404, ...PROBLEMS[404] }),
  );
}
