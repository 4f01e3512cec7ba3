import { CommandRejected } from '@setu/decider';
import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, ERROR_CATEGORY_STATUS, type FieldError } from './domain-error';
import { problemMappingFor } from './problem-registry';
import './store-problems';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem document, with Setu's `code` and `correlationId` members. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly code: string;
  readonly correlationId?: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

export interface Problem {
  readonly status: number;
  readonly body: ProblemDetails;
  /** False when the failure was not foreseen: the server logs it, the client learns nothing of it. */
  readonly expected: boolean;
}

const RESERVED = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'correlationId', 'errors']);

/** Turns anything thrown while serving a request into the problem a client may see. */
export function toProblem(error: unknown, correlationId?: string): Problem {
  const described = describe(error);
  const extensions = Object.fromEntries(
    Object.entries(described.extensions ?? {}).filter(([key]) => !RESERVED.has(key)),
  );
  const body: ProblemDetails = {
    type: described.code === 'INTERNAL' ? 'about:blank' : `urn:setu:problem:${kebab(described.code)}`,
    title: described.title ?? humanize(described.code),
    status: described.status,
    ...(described.detail === undefined ? {} : { detail: described.detail }),
    ...(correlationId === undefined ? {} : { instance: `urn:setu:request:${correlationId}`, correlationId }),
    code: described.code,
    ...(described.errors === undefined ? {} : { errors: described.errors }),
    ...extensions,
  };
  return { status: described.status, body, expected: described.expected };
}

interface Described {
  readonly status: number;
  readonly code: string;
  readonly title?: string;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly extensions?: Readonly<Record<string, unknown>>;
  readonly expected: boolean;
}

function describe(error: unknown): Described {
  // A domain's own refusal (CommandRejected, from a pure decider) and an edge's (DomainError).
  if (error instanceof DomainError || error instanceof CommandRejected) {
    const mapping = problemMappingFor(error.code);
    return {
      status: mapping?.status ?? ERROR_CATEGORY_STATUS[error.category],
      code: error.code,
      title: mapping?.title,
      detail: error.message,
      errors: error.errors?.length ? error.errors : undefined,
      extensions: error instanceof DomainError ? error.options.extensions : undefined,
      expected: true,
    };
  }
  if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') {
    const coded = error as Error & { code: string };
    const mapping = problemMappingFor(coded.code);
    if (mapping !== undefined) {
      return { status: mapping.status, code: coded.code, title: mapping.title, ...mapping.expose?.(coded), expected: true };
    }
  }
  if (error instanceof HttpException) {
    // Framework messages can echo the URL, its query string or the body: only the status is shown.
    return fromStatus(error.getStatus(), bodyParserDetail(error.cause));
  }
  const status = exposedStatus(error);
  if (status !== undefined) return fromStatus(status, bodyParserDetail(error));
  return {
    status: 500,
    code: 'INTERNAL',
    title: 'Internal Server Error',
    detail: 'An unexpected error occurred; quote the correlation id when reporting it.',
    expected: false,
  };
}

function fromStatus(status: number, detail?: string): Described {
  const name = (HttpStatus as unknown as Record<number, string | undefined>)[status] ?? 'HTTP_ERROR';
  return { status, code: name, ...(detail === undefined ? {} : { detail }), expected: status < 500 };
}

/** http-errors style (body-parser): a 4xx whose authors marked it safe to expose. */
function exposedStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function bodyParserDetail(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  switch ((error as { type?: unknown }).type) {
    case 'entity.parse.failed':
      return 'The request body is not valid JSON.';
    case 'entity.too.large':
      return 'The request body is too large.';
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return 'The request body has an unsupported encoding.';
    default:
      return undefined;
  }
}

function kebab(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

function humanize(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
