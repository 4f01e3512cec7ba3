import {
  CommandEndpoint,
  concurrencyProblem,
  problem,
  validationProblem,
  ViewEndpoint,
  type CommandEndpointOptions,
  type ViewEndpointOptions,
} from '@setu/service-kit';

// OpenAPI of the reintegration endpoints: the answer and the problems, with examples.

const PROBLEMS = [
  validationProblem('Malformed request, each bad field named; nothing was written', {
    field: 'visitedAt',
    message: 'visitedAt must not be in the future (more than 5 minutes ahead)',
  }),
  problem(404, 'No such case or batch', { code: 'BATCH_NOT_FOUND', detail: 'No repatriation batch has this id.' }),
  concurrencyProblem('If-Match names a revision that is no longer current (the current one is `actualRevision`), or the record\'s state forbids this'),
  problem(422, 'A case that neither rescue nor reintegration opened, a reference to something the record does not hold, or an unknown district; nothing was written', {
    code: 'UNKNOWN_CASE',
    detail: 'No case has this id: neither the rescue nor the reintegration service opened it.',
    errors: [{ field: 'caseId', message: 'must name a case opened by the rescue or the reintegration service' }],
  }),
];

export type ReintegrationCommandOptions = Pick<CommandEndpointOptions, 'tag' | 'summary' | 'description' | 'body' | 'answer'> & {
  /** 201 with Location: the command creates a record with its own GET. Otherwise 200. */
  readonly created?: boolean;
};

export function ReintegrationCommand({ created, ...options }: ReintegrationCommandOptions): MethodDecorator {
  return CommandEndpoint({
    ...options,
    ...(created === true ? { location: 'the created record', conditional: false } : {}),
    idempotencyKeyExample: '6f0e2c1a-visit-2026-06-05',
    problems: PROBLEMS,
  });
}

export type ReintegrationViewOptions = Pick<ViewEndpointOptions, 'tag' | 'summary' | 'description' | 'example'>;

export function ReintegrationView(options: ReintegrationViewOptions): MethodDecorator {
  return ViewEndpoint({
    ...options,
    answerDescription: 'The record as this service holds it; its revision is in ETag',
    etag: 'the stream\'s revision (-1: no fact yet)',
    problems: PROBLEMS.filter(({ status }) => status === 400 || status === 404),
  });
}
