import { applyDecorators, HttpCode, HttpStatus } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@setu/platform';

// OpenAPI for the documentation endpoints: headers, answers and problems, with examples.

export const TAG = 'documentation';

const problem = (description: string, example: Record<string, unknown>) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' }, example } },
});

export const PROBLEMS = {
  400: problem('Malformed request (each bad field named); nothing was written', {
    type: 'urn:setu:problem:validation-failed',
    title: 'Validation failed',
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'The request has 1 invalid field.',
    errors: [{ field: 'issuedOn', message: 'issuedOn must be a date as YYYY-MM-DD' }],
  }),
  404: problem('The case, document or submission in the path does not exist', {
    type: 'urn:setu:problem:document-not-found',
    title: 'Document not found',
    status: 404,
    code: 'DOCUMENT_NOT_FOUND',
    detail: "The child's file has no document with this id.",
  }),
  409: problem('If-Match names a revision that is no longer current (the current one is `actualRevision`), or the document was already superseded', {
    type: 'urn:setu:problem:concurrency-conflict',
    title: 'Concurrency conflict',
    status: 409,
    code: 'CONCURRENCY_CONFLICT',
    detail: 'The record changed since it was read; reload it and retry.',
    expectedRevision: 3,
    actualRevision: 4,
  }),
  410: problem("The child's data was erased: its documents can no longer be read or added to", {
    type: 'urn:setu:problem:data-key-erased',
    title: 'Erased',
    status: 410,
    code: 'DATA_KEY_ERASED',
    detail: "This child's data was erased; it can no longer be read or added to.",
  }),
  413: problem('The scan is larger than 20 MiB; nothing was stored', {
    type: 'urn:setu:problem:document-too-large',
    title: 'Document too large',
    status: 413,
    code: 'DOCUMENT_TOO_LARGE',
    detail: 'A scan may be at most 20971520 bytes (20 MiB); nothing was stored.',
    errors: [{ field: 'file', message: 'file is larger than 20971520 bytes' }],
    maxBytes: 20971520,
  }),
  415: problem('The file is not a PDF, JPEG, PNG or TIFF by its magic bytes (whatever its name says); nothing was stored', {
    type: 'urn:setu:problem:unsupported-media-type',
    title: 'Unsupported media type',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'A scan must be application/pdf, image/jpeg, image/png, image/tiff, judged by its content.',
    errors: [{ field: 'file', message: 'file content is application/x-msdownload' }],
    detectedType: 'application/x-msdownload',
    acceptedTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'],
  }),
  422: problem('The case was never opened (no rescue or reintegration record), or the command is impossible; nothing was written', {
    type: 'urn:setu:problem:unknown-case',
    title: 'Unknown case',
    status: 422,
    code: 'UNKNOWN_CASE',
    detail: 'The request names a case that does not exist; cases are opened by the rescue service.',
    errors: [{ field: 'caseId', message: 'caseId names no existing case' }],
  }),
  500: problem('The stored scan failed its integrity check (tampered or missing); no byte of it is served', {
    type: 'urn:setu:problem:document-integrity-failed',
    title: 'Document integrity check failed',
    status: 500,
    code: 'DOCUMENT_INTEGRITY_FAILED',
    detail: 'The stored scan failed its integrity check and is not served; the incident was logged.',
  }),
} as const;

export type ProblemStatus = keyof typeof PROBLEMS;

const ETAG = { description: "the documents stream's revision: send it as If-Match next time", schema: { type: 'string', example: '"4"' } };

export interface CommandEndpointOptions {
  readonly summary: string;
  readonly description?: string;
  readonly answer: Record<string, unknown>;
  /** 201 with Location; otherwise 201 with ETag only (a fact added to an existing resource). */
  readonly location?: string;
  readonly problems: readonly ProblemStatus[];
}

export function CommandEndpoint(options: CommandEndpointOptions): MethodDecorator {
  const headers = { ETag: ETAG, ...(options.location === undefined ? {} : { Location: { description: options.location, schema: { type: 'string' } } }) };
  return applyDecorators(
    ApiTags(TAG),
    ApiOperation({ summary: options.summary, ...(options.description === undefined ? {} : { description: options.description }) }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key returns the first answer and writes nothing new' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'the ETag last read; without it the command is decided on the current state' }),
    HttpCode(HttpStatus.CREATED),
    ApiResponse({ status: 201, description: 'Recorded', headers, content: { 'application/json': { example: options.answer } } }),
    ...options.problems.map((status) => ApiResponse({ status, ...PROBLEMS[status] })),
  );
}

export interface ViewEndpointOptions {
  readonly summary: string;
  readonly description?: string;
  readonly example: unknown;
  readonly etag?: boolean;
}

export function ViewEndpoint(options: ViewEndpointOptions): MethodDecorator {
  return applyDecorators(
    ApiTags(TAG),
    ApiOperation({ summary: options.summary, ...(options.description === undefined ? {} : { description: options.description }) }),
    ApiResponse({
      status: 200,
      description: 'The current view',
      ...(options.etag === false ? {} : { headers: { ETag: ETAG } }),
      content: { 'application/json': { example: options.example } },
    }),
    ApiResponse({ status: 400, ...PROBLEMS[400] }),
    ApiResponse({ status: 404, ...PROBLEMS[404] }),
  );
}
