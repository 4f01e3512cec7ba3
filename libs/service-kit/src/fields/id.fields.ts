import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { documented, type FieldDoc } from './field-doc';

/** An id (a UUID of any version): path parameters too, so a malformed id is a 400 naming it. */
export function UuidField(field: FieldDoc): PropertyDecorator {
  return applyDecorators(documented(field, { type: String, format: 'uuid' }), IsUUID('all'));
}

/** Ids, none twice; at least `minItems` (default 1). */
export function UuidListField(field: FieldDoc & { readonly minItems?: number; readonly maxItems: number }): PropertyDecorator {
  const minItems = field.minItems ?? 1;
  return applyDecorators(
    documented(field, { type: [String], format: 'uuid', minItems, maxItems: field.maxItems }),
    IsArray(),
    ArrayMinSize(minItems),
    ArrayMaxSize(field.maxItems),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );
}

/** A nested object, or a list of them when `minItems` or `maxItems` is given (default at most 50). */
export function NestedField(
  type: () => new () => object,
  field: FieldDoc & { readonly minItems?: number; readonly maxItems?: number },
): PropertyDecorator {
  const list = field.minItems !== undefined || field.maxItems !== undefined;
  const limits = list ? [IsArray(), ArrayMinSize(field.minItems ?? 0), ArrayMaxSize(field.maxItems ?? 50)] : [];
  // @nestjs/swagger resolves a lazy type only from a function named `type`, as written here.
  return applyDecorators(documented(field, { type: () => type(), ...(list ? { isArray: true } : {}) }), ...limits, ValidateNested({ each: list }), Type(type));
}
