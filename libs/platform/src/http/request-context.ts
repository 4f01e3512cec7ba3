import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { v7 as uuidv7 } from 'uuid';

export const CORRELATION_ID_HEADER = 'X-Correlation-Id';

/** What Setu knows about one request, besides the request itself. */
export interface RequestContext {
  readonly correlationId: string;
  readonly startedAt: bigint;
  /** Set once the bearer token is verified. */
  userId?: string;
}

const contexts = new WeakMap<object, RequestContext>();
// A caller's id is kept only if it cannot forge log lines or headers.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function openRequestContext(req: IncomingMessage, res: ServerResponse): RequestContext {
  const incoming = req.headers[CORRELATION_ID_HEADER.toLowerCase()];
  const correlationId = typeof incoming === 'string' && ACCEPTABLE_ID.test(incoming) ? incoming : uuidv7();
  const context: RequestContext = { correlationId, startedAt: process.hrtime.bigint() };
  contexts.set(req, context);
  res.setHeader(CORRELATION_ID_HEADER, correlationId);
  return context;
}

export function getRequestContext(req: object): RequestContext | undefined {
  return contexts.get(req);
}

/** Names the authenticated user in the request's log line. */
export function setRequestUser(req: object, userId: string): void {
  const context = contexts.get(req);
  if (context !== undefined) context.userId = userId;
}

/** The request's correlation id (from `X-Correlation-Id`, or generated): put it in event metadata. */
export const CorrelationId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const req = ctx.switchToHttp().getRequest<object>();
  const context = getRequestContext(req);
  if (context === undefined) throw new Error('request context missing: is the app built by createSetuApp?');
  return context.correlationId;
});
