import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsPastOrNow } from '@setu/platform';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

// Field decorators shared by the request DTOs: validation and OpenAPI documentation in one place.

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
    Matches(DATE_TIME, { message: '$property must be an ISO 8601 date-time with seconds and an offset, e.g. 2026-03-14T11:30:00+05:30' }),
    IsISO8601({ strict: true }),
    IsPastOrNow(),
  );

/** A time that may be in the future (the day a child is summoned to appear). */
export const AnyTime = (description: string, example: string, options: FieldOptions = {}) =>
  optionally(
    options,
    ApiProperty({ type: String, format: 'date-time', description, example, required: options.optional !== true }),
    Matches(DATE_TIME, { message: '$property must be an ISO 8601 date-time with seconds and an offset, e.g. 2026-03-14T11:30:00+05:30' }),
    IsISO8601({ strict: true }),
  );

/** Trims surrounding spaces from strings, so `"  "` fails IsNotEmpty. */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

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

export const Id = (description: string, example: string, options: FieldOptions = {}) =>
  optionally(options, ApiProperty({ type: String, format: 'uuid', description, example, required: options.optional !== true }), IsUUID('all'));

export const Flag = (description: string, example: boolean, options: FieldOptions = {}) =>
  optionally(options, ApiProperty({ type: Boolean, description, example, required: options.optional !== true }), IsBoolean());

/** Whole rupees, at least 1 and at most Rs 1 crore (no claim in this domain comes near it). */
export const Rupees = (description: string, example: number, options: FieldOptions = {}) =>
  optionally(
    options,
    ApiProperty({ type: Number, description: `${description}, in whole rupees`, example, minimum: 1, maximum: 10_000_000, required: options.optional !== true }),
    IsInt(),
    Min(1),
    Max(10_000_000),
  );

/** Times are stored in UTC whatever offset they were given in. */
export function utc(time: string): string {
  return new Date(time).toISOString();
}

export function utcOrUndefined(time: string | undefined): string | undefined {
  return time === undefined ? undefined : utc(time);
}


/** Codes of the sections catalogue; whether each exists is checked later (422, not 400). */
export const SectionCodes = (description: string, example: readonly string[], options: { readonly allowEmpty?: boolean } = {}) =>
  applyDecorators(
    ApiProperty({ type: [String], description: `${description}; codes of GET /reference/legal-sections, under either code (BNS or IPC)`, example }),
    IsArray(),
    ...(options.allowEmpty === true ? [] : [ArrayNotEmpty()]),
    ArrayMaxSize(40),
    ArrayUnique(),
    IsString({ each: true }),
    Matches(/^[A-Za-z]+-[0-9A-Za-z().]+$/, { each: true, message: 'each value in $property must look like a section code, e.g. BNS-143' }),
  );

/** A list of nested objects, each validated. */
export const ListOf = (type: () => new () => object, description: string, options: { readonly min?: number; readonly max?: number } & FieldOptions = {}) =>
  optionally(
    options,
    ApiProperty({ type: () => [type()], description, required: options.optional !== true }),
    IsArray(),
    ...(options.min === undefined ? [] : [ArrayMinSize(options.min)]),
    ArrayMaxSize(options.max ?? 100),
    ValidateNested({ each: true }),
    Type(type),
  );

/** A list of ids, each a UUID, without repeats. */
export const IdList = (description: string, example: readonly string[], options: { readonly min?: number } & FieldOptions = {}) =>
  optionally(
    options,
    ApiProperty({ type: [String], format: 'uuid', description, example, required: options.optional !== true }),
    IsArray(),
    ...(options.min === undefined ? [] : [ArrayMinSize(options.min)]),
    ArrayMaxSize(100),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );
