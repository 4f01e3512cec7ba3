import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { principalOf } from '@setu/access';
import { getRequestContext, IDEMPOTENCY_KEY_HEADER, parseIfMatch } from '@setu/platform';
import type { IncomingMessage } from 'node:http';
import type { CallerContext } from '../../application/shared/caller-context';

/**
 * The caller of a command: principal, correlation id, `Idempotency-Key` (already checked by the
 * platform's interceptor) and `If-Match` as the expected revision (400 when malformed).
 */
export const Caller = createParamDecorator((_: unknown, ctx: ExecutionContext): CallerContext => {
  const req = ctx.switchToHttp().getRequest<IncomingMessage>();
  const principal = principalOf(req);
  const correlationId = getRequestContext(req)?.correlationId;
  if (principal === undefined || correlationId === undefined) {
    throw new Error('@Caller() needs an authenticated route of an app built by createSetuApp');
  }
  const key = req.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  const idempotencyKey = Array.isArray(key) ? key[0] : key;
  const expectedRevision = parseIfMatch(req.headers['if-match']);
  return {
    principal,
    correlationId,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  };
});
