import { applyDecorators } from '@nestjs/common';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { documented, type FieldDoc } from './field-doc';

/** A value of a closed vocabulary of the contracts. */
export function OneOfField(values: readonly string[], field: FieldDoc): PropertyDecorator {
  return applyDecorators(documented(field, { enum: [...values] }), IsIn(values));
}

/** Values of a closed vocabulary, each at most once. */
export function OneOfListField(values: readonly string[], field: FieldDoc): PropertyDecorator {
  return applyDecorators(documented(field, { enum: [...values], isArray: true }), IsArray(), ArrayUnique(), IsIn(values, { each: true }));
}

/** A whole number from `min` to `max` (no upper bound when absent). */
export function IntField(field: FieldDoc & { readonly min: number; readonly max?: number }): PropertyDecorator {
  const limits = field.max === undefined ? [] : [Max(field.max)];
  return applyDecorators(documented(field, { type: 'integer', minimum: field.min, maximum: field.max }), IsInt(), Min(field.min), ...limits);
}

export function BooleanField(field: FieldDoc): PropertyDecorator {
  return applyDecorators(documented(field, { type: Boolean }), IsBoolean());
}
