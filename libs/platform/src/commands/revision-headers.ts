import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError } from '../errors/domain-error';

/** A stream revision as an HTTP entity tag: `"7"`. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

/** Sets `ETag` to the stream's revision, and `Location` for a created resource. */
export function revisionHeaders(res: ServerResponse, revision: number, location?: string): void {
  res.setHeader('ETag', etagOf(revision));
  if (location !== undefined) res.setHeader('Location', location);
}

const ENTITY_TAG = /^(?:W\/)?"?(-1|\d{1,15})"?$/;

/**
 * Parses `If-Match: "7"` (or `7`, or `W/"7"`) into the revision the client last saw; `"-1"` is
 * the ETag of a view with no events yet, and means "only if there are still none".
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = ENTITY_TAG.exec(header.trim());
  if (match === null) {
    throw new DomainError('IF_MATCH_INVALID', 'validation', 'If-Match must be the ETag of the resource, e.g. "7"', {
      errors: [{ field: 'If-Match', message: 'must be a revision in quotes, as returned in ETag' }],
    });
  }
  return Number(match[1]);
}

/** The revision from `If-Match`, for commands on an existing stream; undefined when absent. */
export const IfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext): number | undefined => {
  return parseIfMatch(ctx.switchToHttp().getRequest<IncomingMessage>().headers['if-match']);
});
