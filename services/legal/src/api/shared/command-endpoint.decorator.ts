import { applyDecorators, HttpCode, HttpStatus } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@setu/platform';

// OpenAPI for the legal commands: headers, the success answer and the problems, with examples.

const problem = (example: Record<string, unknown>) => ({
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' }, example } },
});

const PROBLEMS = {
  400: {
    description: 'Malformed request (each bad field named); nothing was written',
    ...problem({
      type: 'urn:setu:problem:validation-failed',
      title: 'Validation failed',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'The request has 1 invalid field.',
      errors: [{ field: 'heldAt', message: 'heldAt must not be in the future (more than 5 minutes ahead)' }],
    }),
  },
  403: {
    description:
      'The token does not cover the state the record belongs to: a FIR\'s, the state of its police station; a child\'s, the state the case was opened in (the rescue\'s)',
    ...problem({
      type: 'urn:setu:problem:jurisdiction-forbidden',
      title: 'Jurisdiction forbidden',
      status: 403,
      code: 'JURISDICTION_FORBIDDEN',
      detail: 'Your token does not cover the state RJ.',
    }),
  },
  404: {
    description: 'The FIR, case, accused, summons, appeal or claim in the path does not exist',
    ...problem({ type: 'urn:setu:problem:fir-not-found', title: 'Fir not found', status: 404, code: 'FIR_NOT_FOUND', detail: 'No FIR is registered with this id.' }),
  },
  409: {
    description: 'If-Match names a revision that is no longer current (the current one is `actualRevision`)',
    ...problem({
      type: 'urn:setu:problem:concurrency-conflict',
      title: 'Concurrency conflict',
      status: 409,
      code: 'CONCURRENCY_CONFLICT',
      detail: 'The record changed since it was read; reload it and retry.',
      expectedRevision: 3,
      actualRevision: 4,
    }),
  },
  422: {
    description:
      'Unknown section, district, case or FIR, or an impossible fact (an accused not on the FIR, a fact of the prosecution dated before the FIR was registered, a fact of a child\'s record dated before the child\'s rescue); nothing was written',
    ...problem({
      type: 'urn:setu:problem:unknown-section',
      title: 'Unknown section',
      status: 422,
      code: 'UNKNOWN_SECTION',
      detail: 'The request cites a section not in the catalogue.',
      errors: [{ field: 'sections[1]', message: 'sections[1] is not a code of the legal sections catalogue' }],
      see: '/reference/legal-sections',
    }),
  },
} as const;

export interface CommandEndpointOptions {
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  /** The request DTO, so the body schema and its example appear in the document. */
  readonly body: new () => object;
  /** An example of the answer (ids and revision). */
  readonly answer: Record<string, unknown>;
  /** 201 with Location (a new resource with its own GET); otherwise 200. */
  readonly created?: boolean;
  /** Whether the command acts on an existing stream (If-Match applies, 409 possible). */
  readonly conditional?: boolean;
}

export function CommandEndpoint(options: CommandEndpointOptions): MethodDecorator {
  const status = options.created === true ? HttpStatus.CREATED : HttpStatus.OK;
  const headers = {
    ETag: { description: 'the stream\'s revision after the command: send it as If-Match next time', schema: { type: 'string', example: '"4"' } },
    ...(options.created === true ? { Location: { description: 'the created resource', schema: { type: 'string' } } } : {}),
  };
  return applyDecorators(
    ApiTags(options.tag),
    ApiOperation({ summary: options.summary, ...(options.description === undefined ? {} : { description: options.description }) }),
    ApiBody({ type: options.body }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key returns the first answer and writes nothing new' }),
    ...(options.conditional === false
      ? []
      : [ApiHeader({ name: 'If-Match', required: false, description: 'the ETag last read; without it the command is decided on the current state' })]),
    HttpCode(status),
    ApiResponse({ status, description: 'Recorded', headers, content: { 'application/json': { example: options.answer } } }),
    ApiResponse({ status: 400, ...PROBLEMS[400] }),
    ApiResponse({ status: 403, ...PROBLEMS[403] }),
    ApiResponse({ status: 404, ...PROBLEMS[404] }),
    ...(options.conditional === false ? [] : [ApiResponse({ status: 409, ...PROBLEMS[409] })]),
    ApiResponse({ status: 422, ...PROBLEMS[422] }),
  );
}

export interface ViewEndpointOptions {
  readonly tag: string;
  readonly summary: string;
  readonly example: Record<string, unknown>;
}

export function ViewEndpoint(options: ViewEndpointOptions): MethodDecorator {
  return applyDecorators(
    ApiTags(options.tag),
    ApiOperation({ summary: options.summary }),
    ApiResponse({
      status: 200,
      description: 'The current view; its revision is in ETag',
      headers: { ETag: { description: 'the stream\'s revision ("-1": a child\'s record with no legal fact yet)', schema: { type: 'string', example: '"4"' } } },
      content: { 'application/json': { schema: { type: 'object' }, example: options.example } },
    }),
    ApiResponse({ status: 400, ...PROBLEMS[400] }),
    ApiResponse({ status: 403, ...PROBLEMS[403] }),
    ApiResponse({ status: 404, ...PROBLEMS[404] }),
  );
}
