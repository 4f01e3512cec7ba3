import { ApiHeader } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_HEADER } from '@setu/platform';

/** `ETag` of an answer: the stream's revision. */
export const ETAG_HEADER = {
  description: 'the record\'s revision after the command: send it as If-Match next time',
  schema: { type: 'string', example: '"4"' },
} as const;

/** Documents `Idempotency-Key` on a command. */
export function ApiIdempotencyKey(example = '3f1c9a52-raid-0310-child-07'): MethodDecorator & ClassDecorator {
  return ApiHeader({
    name: IDEMPOTENCY_KEY_HEADER,
    required: false,
    description: 'a retry with the same key returns the first answer and writes nothing new',
    example,
  });
}

/** Documents `If-Match` on a command on an existing record. */
export function ApiIfMatch(example = '"3"'): MethodDecorator & ClassDecorator {
  return ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'the ETag last read: the command is decided only on that revision (409 if it has changed); without it, on the latest',
    example,
  });
}
