import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsPastOrNow } from '@setu/platform';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

// Each DTO field once: its validation and its OpenAPI description with a synthetic example.

interface FieldDoc {
  readonly description: string;
  readonly example?: unknown;
  readonly optional?: boolean;
}

function doc({ description, example, optional }: FieldDoc, schema: Record<string, unknown> = {}): PropertyDecorator {
  const options = { description, ...(example === undefined ? {} : { example }), ...schema };
  return optional ? applyDecorators(IsOptional(), ApiPropertyOptional(options)) : ApiProperty(options);
}

export function TextField(field: FieldDoc & { readonly maxLength?: number }): PropertyDecorator {
  const maxLength = field.maxLength ?? 200;
  return applyDecorators(doc(field, { type: String, maxLength }), IsString(), IsNotEmpty(), MaxLength(maxLength));
}

export function TextListField(field: FieldDoc & { readonly maxItems: number }): PropertyDecorator {
  return applyDecorators(
    doc(field, { type: [String], maxItems: field.maxItems }),
    IsArray(),
    ArrayMaxSize(field.maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(200, { each: true }),
  );
}

export function OneOfField(values: readonly string[], field: FieldDoc): PropertyDecorator {
  return applyDecorators(doc(field, { enum: [...values] }), IsIn(values));
}

export function IntField(field: FieldDoc & { readonly min: number; readonly max?: number }): PropertyDecorator {
  const limits = field.max === undefined ? [] : [Max(field.max)];
  return applyDecorators(doc(field, { type: 'integer', minimum: field.min, maximum: field.max }), IsInt(), Min(field.min), ...limits);
}

export function AgeField(field: FieldDoc): PropertyDecorator {
  return IntField({ ...field, min: 0, max: 25 });
}

export function BooleanField(field: FieldDoc): PropertyDecorator {
  return applyDecorators(doc(field, { type: Boolean }), IsBoolean());
}

/** A district code of the reference data; an unknown one is a 422 from the application. */
export function DistrictCodeField(field: FieldDoc): PropertyDecorator {
  return applyDecorators(
    doc({ ...field, description: `${field.description} (see GET /reference/districts)` }, { type: String }),
    IsString(),
    Matches(/^[A-Z]{2}-[A-Z]{3}$/, { message: '$property must be a district code like RJ-JPR' }),
  );
}

const ZONED = /(Z|[+-]\d{2}:?\d{2})$/;

/**
 * When something happened, as reported: ISO 8601 with a zone (field staff write IST), never in
 * the future beyond the clock skew. Late is fine.
 */
export function ReportedTimeField(field: FieldDoc): PropertyDecorator {
  return applyDecorators(
    doc(field, { type: String, format: 'date-time' }),
    IsISO8601({ strict: true }),
    Matches(ZONED, { message: '$property must state its time zone (Z or +05:30)' }),
    IsPastOrNow(),
  );
}

export function LanguageCodeField(field: FieldDoc & { readonly each?: boolean }): PropertyDecorator {
  const each = field.each ?? false;
  return applyDecorators(
    doc(field, each ? { type: [String] } : { type: String }),
    Matches(/^[a-z]{3}$/, { each, message: '$property must be ISO 639-3 codes such as mai, bho, mag, hin' }),
  );
}
