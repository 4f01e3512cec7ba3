import { type CallHandler, createParamDecorator, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pool } from 'pg';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DomainError } from '../errors/domain-error';
import { getRequestContext } from '../http/request-context';
import { PG_POOL } from '../platform.di-tokens';
import { IdempotencyStore } from './idempotency.store';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
const ACCEPTABLE_KEY = /^[\x21-\x7e]{1,255}$/;
const REPLAYED_HEADERS = ['location', 'etag', 'content-type'];
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function keyOf(req: IncomingMessage): string | undefined {
  const header = req.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined) return undefined;
  if (!ACCEPTABLE_KEY.test(key)) {
    throw new DomainError('IDEMPOTENCY_KEY_INVALID', 'validation', 'Idempotency-Key must be 1 to 255 visible ASCII characters', {
      errors: [{ field: IDEMPOTENCY_KEY_HEADER, message: 'must be 1 to 255 visible ASCII characters' }],
    });
  }
  return key;
}

/** The request's `Idempotency-Key`, to record in the metadata of the events it writes. */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined =>
  keyOf(ctx.switchToHttp().getRequest<IncomingMessage>()),
);

/**
 * A command retried with the same `Idempotency-Key` (IETF draft-ietf-httpapi-idempotency-key-header)
 * gets the first response back, and nothing new is written. The key is claimed before the handler
 * runs, so two concurrent retries cannot both write; a failed first attempt releases it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly store: IdempotencyStore;

  constructor(
    @Inject(PG_POOL) pool: Pool,
    private readonly reflector: Reflector,
  ) {
    this.store = new IdempotencyStore(pool);
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<IncomingMessage & { body?: unknown; method: string; originalUrl?: string }>();
    if (!UNSAFE_METHODS.has(req.method)) return next.handle();
    const key = keyOf(req);
    const userId = getRequestContext(req)?.userId;
    if (key === undefined || userId === undefined) return next.handle();
    return from(this.run(ctx, next, req, userId, key));
  }

  private async run(
    ctx: ExecutionContext,
    next: CallHandler,
    req: IncomingMessage & { body?: unknown; method: string; originalUrl?: string },
    userId: string,
    key: string,
  ): Promise<unknown> {
    const res = ctx.switchToHttp().getResponse<ServerResponse>();
    const fingerprint = createHash('sha256')
      .update(`${req.method} ${req.originalUrl ?? req.url ?? ''}\n${JSON.stringify(req.body ?? null)}`)
      .digest('hex');
    const claim = await this.store.claim(userId, key, fingerprint);
    switch (claim.kind) {
      case 'mismatch':
        throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'unprocessable', 'this Idempotency-Key was used for a different request');
      case 'in_progress':
        throw new DomainError('IDEMPOTENCY_KEY_IN_PROGRESS', 'conflict', 'the first request with this Idempotency-Key is still being processed');
      case 'replay':
        for (const [name, value] of Object.entries(claim.response.headers)) res.setHeader(name, value);
        res.setHeader('Idempotent-Replayed', 'true');
        res.statusCode = claim.response.status;
        return claim.response.body;
      case 'claimed':
        break;
    }
    try {
      const body: unknown = await lastValueFrom(next.handle() as Observable<unknown>, { defaultValue: undefined });
      const headers = Object.fromEntries(
        REPLAYED_HEADERS.flatMap((name) => {
          const value = res.getHeader(name);
          return value === undefined ? [] : [[name, String(value)]];
        }),
      );
      await this.store.complete(userId, key, { status: this.statusOf(ctx, req, res), headers, body });
      return body;
    } catch (error) {
      await this.store.release(userId, key);
      throw error;
    }
  }

  /** The status Nest will send: the handler's @HttpCode, else 201 for POST and 200 otherwise. */
  private statusOf(ctx: ExecutionContext, req: { method: string }, res: ServerResponse): number {
    const declared = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, ctx.getHandler());
    if (declared !== undefined) return declared;
    if (res.statusCode !== 200) return res.statusCode;
    return req.method === 'POST' ? 201 : 200;
  }
}
