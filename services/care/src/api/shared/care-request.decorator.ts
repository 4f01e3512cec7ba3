import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { principalOf } from '@setu/access';
import { getRequestContext, IDEMPOTENCY_KEY_HEADER, parseIfMatch } from '@setu/platform';
import type { IncomingMessage } from 'node:http';
import type { CommandRequest } from '../../application';

/**
 * The caller and the HTTP conventions of a command in one parameter: principal, correlation id,
 * `Idempotency-Key` (already checked by the platform's interceptor) and `If-Match`.
 */
export const CareRequest = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandRequest => {
  const req = ctx.switchToHttp().getRequest<IncomingMessage>();
  const principal = principalOf(req);
  const correlationId = getRequestContext(req)?.correlationId;
  if (principal === undefined || correlationId === undefined) throw new Error('care commands need an authenticated request of a Setu app');
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
