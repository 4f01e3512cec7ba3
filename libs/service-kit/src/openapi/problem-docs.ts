import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, type FieldError, type ProblemDetails } from '@setu/platform';

/**
 * What a problem+json answer holds besides `type` and `status`, which follow from it; `title`
 * defaults to the code in words, as the platform answers it. Other members are extensions.
 */
export type ProblemExample = Pick<ProblemDetails, 'code' | 'detail' | 'errors'> & { readonly title?: string } & Readonly<Record<string, unknown>>;

/** One documented problem answer of an endpoint. */
export interface ProblemDoc {
  readonly status: number;
  readonly description: string;
  readonly content: Readonly<Record<string, object>>;
}

const SCHEMA = { $ref: '#/components/schemas/ProblemDetails' };

/** The problem document the platform answers for `example`, as an OpenAPI example. */
export function problemBody(status: number, { code, title, detail, errors, ...extensions }: ProblemExample): Record<string, unknown> {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return {
    type: `urn:setu:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: title ?? words.charAt(0).toUpperCase() + words.slice(1),
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
    ...extensions,
  };
}

/** A problem answer of an endpoint, with an example when given. */
export function problem(status: number, description: string, example?: ProblemExample): ProblemDoc {
  const media = example === undefined ? { schema: SCHEMA } : { schema: SCHEMA, example: problemBody(status, example) };
  return { status, description, content: { [PROBLEM_CONTENT_TYPE]: media } };
}

/** A problem answer with several named examples (one status, several codes). */
export function problemExamples(status: number, description: string, examples: Readonly<Record<string, ProblemExample>>): ProblemDoc {
  const named = Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, { value: problemBody(status, example) }]));
  return { status, description, content: { [PROBLEM_CONTENT_TYPE]: { schema: SCHEMA, examples: named } } };
}

/** 400: malformed input, each bad field named; `error` shows one. */
export function validationProblem(description: string, error: FieldError): ProblemDoc {
  return problem(400, description, { code: 'VALIDATION_FAILED', detail: 'The request has 1 invalid field.', errors: [error] });
}

/** 403: the token does not cover the state the record belongs to. */
export function jurisdictionProblem(description: string): ProblemDoc {
  return problem(403, description, { code: 'JURISDICTION_FORBIDDEN' });
}

/** What a stale `If-Match` is answered with. */
export const CONCURRENCY_CONFLICT_EXAMPLE: ProblemExample = {
  code: 'CONCURRENCY_CONFLICT',
  detail: 'The record changed since it was read; reload it and retry.',
  expectedRevision: 3,
  actualRevision: 4,
};

/** 409: `If-Match` names a revision that is no longer current. */
export function concurrencyProblem(
  description = 'If-Match names a revision that is no longer current (the current one is `actualRevision`)',
): ProblemDoc {
  return problem(409, description, CONCURRENCY_CONFLICT_EXAMPLE);
}

/** Documents each problem answer of an endpoint. */
export function ApiProblems(...problems: readonly ProblemDoc[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...problems.map(({ status, description, content }) => ApiResponse({ status, description, content })));
}
