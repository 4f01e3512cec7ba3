import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** A required line of text (names, designations, references). */
export function Line(description: string, example: string, max = 200): PropertyDecorator {
  return applyDecorators(ApiProperty({ description, example, maxLength: max }), IsString(), IsNotEmpty(), MaxLength(max));
}

export function OptionalLine(description: string, example: string, max = 200): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ description, example, maxLength: max }), IsOptional(), IsString(), IsNotEmpty(), MaxLength(max));
}

/** A value of a closed vocabulary of the contracts. */
export function OneOf(values: readonly string[], description: string, example: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ enum: values, description, example }), IsIn(values));
}

export function OptionalOneOf(values: readonly string[], description: string, example: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ enum: values, description, example }), IsOptional(), IsIn(values));
}

/** A scan held by the documentation service, by its id. */
export function OptionalDocumentId(description: string, example: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ format: 'uuid', description: `${description}: a document of the documentation service`, example }),
    IsOptional(),
    IsUUID(),
  );
}

/** Drops the keys whose value is undefined, so optional fields absent from a request stay absent from the event. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
