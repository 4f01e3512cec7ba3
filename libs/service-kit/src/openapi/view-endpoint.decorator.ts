import { applyDecorators, type Type } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, type ProblemDoc } from './problem-docs';

export interface ViewEndpointOptions {
  readonly tag?: string;
  readonly summary: string;
  readonly description?: string;
  readonly example: unknown;
  readonly type?: Type;
  /** Default `The current view`. */
  readonly answerDescription?: string;
  /** How `ETag` is described; false for a view with no revision. */
  readonly etag?: string | false;
  readonly problems: readonly ProblemDoc[];
}

/** A GET of a service's own view: 200 with the view and its revision in `ETag`, and each problem. */
export function ViewEndpoint(options: ViewEndpointOptions): MethodDecorator {
  const etag = options.etag ?? 'the stream\'s revision: send it as If-Match with the next command';
  const headers = etag === false ? {} : { headers: { ETag: { description: etag, schema: { type: 'string', example: '"4"' } } } };
  const answer =
    options.type === undefined ? { content: { 'application/json': { example: options.example } } } : { type: options.type, example: options.example };
  return applyDecorators(
    ...(options.tag === undefined ? [] : [ApiTags(options.tag)]),
    ApiOperation({ summary: options.summary, ...(options.description === undefined ? {} : { description: options.description }) }),
    ApiResponse({ status: 200, description: options.answerDescription ?? 'The current view', ...headers, ...answer }),
    ApiProblems(...options.problems),
  );
}
