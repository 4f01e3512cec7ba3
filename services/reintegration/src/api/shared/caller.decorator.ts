import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { principalOf } from '@setu/access';
import { getRequestContext, IDEMPOTENCY_KEY_HEADER, parseIfMatch } from '@setu/platform';
import type { IncomingMessage } from 'node:http';
import type { CallerContext } from '../../application';

// The view of a case with no reintegration fact yet has ETag "-1", which the platform's parser
// does not take: sent back as If-Match, it means "only if there is still none".
const NO_REVISION = /^\s*(?:W\/)?"?-1"?\s*$/;

function expectedRevisionOf(header: string | undefined): number | 'no_stream' | undefined {
  return header !== undefined && NO_REVISION.test(header) ? 'no_stream' : parseIfMatch(header);
}

/**
 * The caller of a command: principal, correlation id, `Idempotency-Key` (already checked by the
 * platform's interceptor) and `If-Match` as the expected revision (400 when malformed).
 */
export const Caller = createParamDecorator((_: unknown, ctx: ExecutionContext): CallerContext => {
  const req = ctx.switchToHttp().getRequest<IncomingMessage>();
  const principal = principalOf(req);
  const correlationId = getRequestContext(req)?.correlationId;
  if (principal === undefined || correlationId === undefined) throw new Error('@Caller() needs an authenticated route of an app built by createSetuApp');
  const key = req.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  const idempotencyKey = Array.isArray(key) ? key[0] : key;
  const expectedRevision = expectedRevisionOf(req.headers['if-match']);
  return {
    principal,
    correlationId,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  };
});
