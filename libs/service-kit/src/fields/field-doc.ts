import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

/** A request field's OpenAPI documentation, with a synthetic example. */
export interface FieldDoc {
  readonly description: string;
  readonly example?: unknown;
  /** May be left out (then it is not validated); required otherwise. */
  readonly optional?: boolean;
}

/** The field's OpenAPI property, and `IsOptional` for an optional one. */
export function documented({ description, example, optional }: FieldDoc, schema: Record<string, unknown> = {}): PropertyDecorator {
  const options = { description, ...(example === undefined ? {} : { example }), ...schema };
  return optional === true ? applyDecorators(IsOptional(), ApiPropertyOptional(options)) : ApiProperty(options);
}
