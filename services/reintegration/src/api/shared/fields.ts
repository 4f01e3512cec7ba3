import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISTRICTS, type Jurisdiction } from '@setu/contracts';
import { IsPastOrNow } from '@setu/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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

// Each DTO field once: its validation and its OpenAPI description with a synthetic example.

export interface FieldDoc {
  readonly description: string;
  readonly example?: unknown;
  readonly optional?: boolean;
}

function doc({ description, example, optional }: FieldDoc, schema: Record<string, unknown> = {}): PropertyDecorator {
  const options = { description, ...(example === undefined ? {} : { example }), ...schema };
  return optional === true ? applyDecorators(IsOptional(), ApiPropertyOptional(options)) : ApiProperty(options);
}

/** A line of text: names, designations, references. Identifying ones are marked PII in the event schema. */
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

/** A note in the field's words: it can identify the child, so its schema field is PII. */
export function SummaryField(example: string, description = 'a note in the fieldworker\'s words'): PropertyDecorator {
  return TextField({ description: `${description}; never shown in feeds or reports`, example, optional: true, maxLength: 2000 });
}

/** A value of a closed vocabulary of the contracts. */
export function OneOfField(values: readonly string[], field: FieldDoc): PropertyDecorator {
  return applyDecorators(doc(field, { enum: [...values] }), IsIn(values));
}

export function OneOfListField(values: readonly string[], field: FieldDoc): PropertyDecorator {
  return applyDecorators(doc(field, { enum: [...values], isArray: true }), IsArray(), ArrayUnique(), IsIn(values, { each: true }));
}

export function IntField(field: FieldDoc & { readonly min: number; readonly max?: number }): PropertyDecorator {
  const limits = field.max === undefined ? [] : [Max(field.max)];
  return applyDecorators(doc(field, { type: 'integer', minimum: field.min, maximum: field.max }), IsInt(), Min(field.min), ...limits);
}

export function BooleanField(field: FieldDoc): PropertyDecorator {
  return applyDecorators(doc(field, { type: Boolean }), IsBoolean());
}

export function UuidField(field: FieldDoc): PropertyDecorator {
  return applyDecorators(doc(field, { type: String, format: 'uuid' }), IsUUID());
}

export function UuidListField(field: FieldDoc & { readonly maxItems: number }): PropertyDecorator {
  return applyDecorators(
    doc(field, { type: [String], format: 'uuid', minItems: 1, maxItems: field.maxItems }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(field.maxItems),
    ArrayUnique(),
    IsUUID(undefined, { each: true }),
  );
}

export function NestedField(type: () => new () => object, field: FieldDoc & { readonly minItems?: number; readonly maxItems?: number }): PropertyDecorator {
  const list = field.minItems !== undefined || field.maxItems !== undefined;
  const limits = list ? [IsArray(), ArrayMinSize(field.minItems ?? 0), ArrayMaxSize(field.maxItems ?? 50)] : [];
  // @nestjs/swagger resolves a lazy type only from a function named `type`, as written here.
  return applyDecorators(doc(field, { type: () => type(), ...(list ? { isArray: true } : {}) }), ...limits, ValidateNested({ each: list }), Type(type));
}

/** A code of the reference districts (contracts DISTRICTS), of one state or of either. */
export function DistrictField(state: Jurisdiction | undefined, field: FieldDoc): PropertyDecorator {
  const codes = DISTRICTS.filter((d) => state === undefined || d.state === state).map((d) => d.code);
  const of = state === 'BR' ? 'a district of Bihar' : state === 'RJ' ? 'a district of Rajasthan' : 'a district';
  return applyDecorators(
    doc({ ...field, description: `${field.description}: ${of} by its reference code` }, { type: String, pattern: '^[A-Z]{2}-[A-Z]{3}$' }),
    IsIn(codes, { message: `$property must be the code of ${of} in the reference districts, e.g. ${state === 'RJ' ? 'RJ-JPR' : 'BR-GAY'}` }),
  );
}

// A day (`2026-06-15`) or an instant with its zone: field staff write IST, and a time without a
// zone could be read five and a half hours off.
const DAY_OR_ZONED = /^\d{4}-\d{2}-\d{2}$|(Z|[+-]\d{2}:?\d{2})$/;

/** When something happened, as reported: never in the future beyond the clock skew; late is fine. */
export function ReportedTimeField(field: FieldDoc): PropertyDecorator {
  return applyDecorators(
    doc({ ...field, description: `${field.description} (ISO 8601 day, or time with zone; may be late, never in the future)` }, { type: String }),
    IsISO8601({ strict: true }),
    Matches(DAY_OR_ZONED, { message: '$property must be a day (2026-06-15) or a time with its zone (Z or +05:30)' }),
    IsPastOrNow(),
  );
}

/** A planned time, which may lie in the future. */
export function PlannedTimeField(field: FieldDoc): PropertyDecorator {
  return applyDecorators(
    doc({ ...field, description: `${field.description} (ISO 8601 day, or time with zone)` }, { type: String }),
    IsISO8601({ strict: true }),
    Matches(DAY_OR_ZONED, { message: '$property must be a day (2026-06-15) or a time with its zone (Z or +05:30)' }),
  );
}

/** Event data stores instants in one form: `2026-03-02T10:00:00.000Z`. */
export function iso(time: string): string;
export function iso(time: string | undefined): string | undefined;
export function iso(time: string | undefined): string | undefined {
  return time === undefined ? undefined : new Date(time).toISOString();
}

/**
 * The validated DTO as plain data: event data must survive a JSON round trip, which class
 * instances (nested DTOs) do not; absent optional fields disappear.
 */
export function plain<T extends object>(dto: T): T {
  return JSON.parse(JSON.stringify(dto)) as T;
}
