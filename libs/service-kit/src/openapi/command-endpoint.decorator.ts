import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, ApiIfMatch, ETAG_HEADER } from './header-docs';
import { ApiProblems, type ProblemDoc } from './problem-docs';

export interface CommandEndpointOptions {
  readonly tag?: string;
  readonly summary: string;
  readonly description?: string;
  /** The request DTO, so the body schema appears in the document; with a synthetic example. */
  readonly body?: Type;
  readonly bodyExample?: object;
  /** An example of the answer (ids and revision), and its type when it has one. */
  readonly answer: object;
  readonly answerType?: Type;
  /** Default `Recorded`. */
  readonly answerDescription?: string;
  /**
   * What `Location` names: the command opens a stream or an addressable sub-resource, and
   * answers 201. Without it, a fact recorded on an existing stream answers 200.
   */
  readonly location?: string;
  /** The status when there is no `location` (default 200). */
  readonly status?: 200 | 201;
  /** Whether `If-Match` applies (default true); false for a command that opens its stream. */
  readonly conditional?: boolean;
  readonly idempotencyKeyExample?: string;
  readonly ifMatchExample?: string;
  readonly problems: readonly ProblemDoc[];
}

/**
 * A command endpoint: its status (201 with `Location` when it creates, else 200: Nest answers a
 * route with one status, which the idempotency layer replays), and its OpenAPI: operation, body,
 * `Idempotency-Key` and `If-Match`, the answer with `ETag` (and `Location`), and each problem.
 */
export function CommandEndpoint(options: CommandEndpointOptions): MethodDecorator {
  const status = options.location === undefined ? (options.status ?? 200) : 201;
  const headers = {
    ETag: ETAG_HEADER,
    ...(options.location === undefined ? {} : { Location: { description: options.location, schema: { type: 'string' } } }),
  };
  const answer =
    options.answerType === undefined
      ? { content: { 'application/json': { example: options.answer } } }
      : { type: options.answerType, example: options.answer };
  const examples = options.bodyExample === undefined ? {} : { examples: { synthetic: { summary: 'a synthetic example', value: options.bodyExample } } };
  return applyDecorators(
    ...(options.tag === undefined ? [] : [ApiTags(options.tag)]),
    ApiOperation({ summary: options.summary, ...(options.description === undefined ? {} : { description: options.description }) }),
    ...(options.body === undefined ? [] : [ApiBody({ type: options.body, ...examples })]),
    ApiIdempotencyKey(options.idempotencyKeyExample),
    ...(options.conditional === false ? [] : [ApiIfMatch(options.ifMatchExample)]),
    HttpCode(status),
    ApiResponse({ status, description: options.answerDescription ?? 'Recorded', headers, ...answer }),
    ApiProblems(...options.problems),
  );
}
