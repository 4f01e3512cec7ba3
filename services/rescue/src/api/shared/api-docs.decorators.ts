import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed input; `errors` names each bad field. Nothing was written.',
  403: 'The token does not cover the state this record belongs to.',
  404: 'No such record.',
  409: 'The record changed since the If-Match revision (`actualRevision` says where it is), or its state forbids this.',
  422: 'Impossible input: an unknown reference code (`see` points to the list) or a time before the rescue. Nothing was written.',
};

export function ApiProblems(...statuses: (keyof typeof DESCRIPTIONS)[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], content: PROBLEM })));
}

export const ApiIdempotencyKey = (): MethodDecorator & ClassDecorator =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retrying a POST with the same key returns the first response and records nothing new.',
    example: '3f1c9a52-raid-0310-child-07',
  });

export const ApiIfMatch = (): MethodDecorator & ClassDecorator =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag of the record as last read; the command is refused with 409 if it has changed since. Without it, the command applies to the latest revision.',
    example: '"3"',
  });
