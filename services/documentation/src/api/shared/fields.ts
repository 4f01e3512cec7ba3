import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DISTRICTS, JURISDICTIONS } from '@setu/contracts';
import { IsPastOrNow } from '@setu/platform';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

// Field decorators shared by the request DTOs and upload forms: validation and OpenAPI in one place.

interface FieldOptions {
  readonly optional?: boolean;
}

const optionally = (options: FieldOptions, ...decorators: PropertyDecorator[]): PropertyDecorator =>
  applyDecorators(...(options.optional === true ? [IsOptional()] : []), ...decorators);

/** RFC 3339 with seconds and an offset, as the event schemas require. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** A time that has happened: not later than now plus the clock skew. Late facts are fine. */
export const PastTime = (description: string, example: string, options: FieldOptions = {}) =>
  optionally(
    options,
    ApiProperty({ type: String, format: 'date-time', description, example, required: options.optional !== true }),
    Matches(DATE_TIME, { message: '$property must be an ISO 8601 date-time with seconds and an offset, e.g. 2026-03-24T15:10:00+05:30' }),
    IsISO8601({ strict: true }),
    IsPastOrNow(),
  );

/** A calendar date (`YYYY-MM-DD`) not in the future. */
export const PastDate = (description: string, example: string, options: FieldOptions = {}) =>
  optionally(
    options,
    ApiProperty({ type: String, format: 'date', description, example, required: options.optional !== true }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
    IsPastOrNow(),
  );

/** Trims surrounding spaces from strings, so `"  "` fails IsNotEmpty. */
const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export const Text = (description: string, example: string, options: FieldOptions & { readonly maxLength?: number } = {}) =>
  optionally(
    options,
    ApiProperty({ type: String, description, example, required: options.optional !== true, maxLength: options.maxLength ?? 200 }),
    Trimmed(),
    IsString(),
    IsNotEmpty(),
    MaxLength(options.maxLength ?? 200),
  );

export const OneOf = (values: readonly string[], description: string, example: string, options: FieldOptions = {}) =>
  optionally(
    options,
    ApiProperty({ type: String, enum: [...values], description, example, required: options.optional !== true }),
    IsIn([...values], { message: `$property must be one of: ${values.join(', ')}` }),
  );

export const DistrictCode = (description: string, example: string) =>
  applyDecorators(
    ApiProperty({ type: String, pattern: '^[A-Z]{2}-[A-Z]{3}$', description, example }),
    IsIn(
      DISTRICTS.map((d) => d.code),
      { message: '$property must be a district code of Rajasthan or Bihar, e.g. RJ-JPR' },
    ),
  );

/** The state the facts belong to, needed only when the caller's token covers both. */
export const JurisdictionField = () =>
  OneOf(JURISDICTIONS, 'the state the facts belong to; needed only when the token covers both RJ and BR', 'RJ', { optional: true });
