import { MAX_DOCUMENT_BYTES } from '@setu/contracts';
import { CommandEndpoint, concurrencyProblem, problem, validationProblem, ViewEndpoint, type ProblemDoc } from '@setu/service-kit';

// OpenAPI for the documentation endpoints: the answers and problems, with examples.

export const TAG = 'documentation';

export const PROBLEMS = {
  400: validationProblem('Malformed request (each bad field named); nothing was written', {
    field: 'issuedOn',
    message: 'issuedOn must be a date as YYYY-MM-DD',
  }),
  404: problem(404, 'The case, document or submission in the path does not exist', {
    code: 'DOCUMENT_NOT_FOUND',
    detail: "The child's file has no document with this id.",
  }),
  409: concurrencyProblem(
    'If-Match names a revision that is no longer current (the current one is `actualRevision`), or the document was already superseded',
  ),
  410: problem(410, "The child's data was erased: its documents can no longer be read or added to", {
    code: 'DATA_KEY_ERASED',
    title: 'Erased',
    detail: "This child's data was erased; it can no longer be read or added to.",
  }),
  413: problem(413, 'The scan is larger than 20 MiB; nothing was stored', {
    code: 'DOCUMENT_TOO_LARGE',
    detail: `A scan may be at most ${MAX_DOCUMENT_BYTES} bytes (20 MiB); nothing was stored.`,
    errors: [{ field: 'file', message: `file is larger than ${MAX_DOCUMENT_BYTES} bytes` }],
    maxBytes: MAX_DOCUMENT_BYTES,
  }),
  415: problem(415, 'The file is not a PDF, JPEG, PNG or TIFF by its magic bytes (whatever its name says); nothing was stored', {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'A scan must be application/pdf, image/jpeg, image/png, image/tiff, judged by its content.',
    errors: [{ field: 'file', message: 'file content is application/x-msdownload' }],
    detectedType: 'application/x-msdownload',
    acceptedTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'],
  }),
  422: problem(422, 'The case was never opened (no rescue or reintegration record), or the command is impossible; nothing was written', {
    code: 'UNKNOWN_CASE',
    detail: 'The request names a case that does not exist; cases are opened by the rescue service.',
    errors: [{ field: 'caseId', message: 'caseId names no existing case' }],
  }),
  500: problem(500, 'The stored scan failed its integrity check (tampered or missing); no byte of it is served', {
    code: 'DOCUMENT_INTEGRITY_FAILED',
    title: 'Document integrity check failed',
    detail: 'The stored scan failed its integrity check and is not served; the incident was logged.',
  }),
} as const;

export type ProblemStatus = keyof typeof PROBLEMS;

const problemsOf = (statuses: readonly ProblemStatus[]): ProblemDoc[] => statuses.map((status) => PROBLEMS[status]);

export interface DocumentationCommandOptions {
  readonly summary: string;
  readonly description?: string;
  readonly answer: Record<string, unknown>;
  /** What `Location` names (201); otherwise 201 with ETag only (a fact added to an existing resource). */
  readonly location?: string;
  readonly problems: readonly ProblemStatus[];
}

export function DocumentationCommand(options: DocumentationCommandOptions): MethodDecorator {
  return CommandEndpoint({
    tag: TAG,
    summary: options.summary,
    ...(options.description === undefined ? {} : { description: options.description }),
    answer: options.answer,
    ...(options.location === undefined ? { status: 201 } : { location: options.location }),
    problems: problemsOf(options.problems),
  });
}

export interface DocumentationViewOptions {
  readonly summary: string;
  readonly description?: string;
  readonly example: unknown;
  readonly etag?: boolean;
}

export function DocumentationView(options: DocumentationViewOptions): MethodDecorator {
  return ViewEndpoint({
    tag: TAG,
    summary: options.summary,
    ...(options.description === undefined ? {} : { description: options.description }),
    example: options.example,
    ...(options.etag === false ? { etag: false } : { etag: "the documents stream's revision: send it as If-Match next time" }),
    problems: problemsOf([400, 404]),
  });
}
