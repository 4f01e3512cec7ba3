import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { principalOf } from '@setu/access';
import { getRequestContext, IDEMPOTENCY_KEY_HEADER, parseIfMatch } from '@setu/platform';
import type { IncomingMessage } from 'node:http';
import type { CallerContext } from './caller-context';

export interface CallerOptions {
  /** False for a command that creates its stream: `If-Match` is then not read at all. */
  readonly ifMatch?: boolean;
}

/** The caller of a request: principal, correlation id, `Idempotency-Key` and `If-Match`. */
function callerOf(req: IncomingMessage, options: CallerOptions = {}): CallerContext {
  const principal = principalOf(req);
  const correlationId = getRequestContext(req)?.correlationId;
  if (principal === undefined || correlationId === undefined) {
    throw new Error('@Caller() needs an authenticated route of an app built by createSetuApp');
  }
  // The platform's interceptor has already refused a malformed key on a command.
  const key = req.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  const idempotencyKey = Array.isArray(key) ? key[0] : key;
  const expectedRevision = options.ifMatch === false ? undefined : parseIfMatch(req.headers['if-match']);
  return {
    principal,
    correlationId,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  };
}

/**
 * The caller of a command in one parameter: the verified principal, the correlation id, the
 * `Idempotency-Key` and `If-Match` as the expected revision (400 `IF_MATCH_INVALID` when malformed).
 */
export const Caller = createParamDecorator((options: CallerOptions | undefined, ctx: ExecutionContext): CallerContext =>
  callerOf(ctx.switchToHttp().getRequest<IncomingMessage>(), options),
);
