import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { documented, type FieldDoc } from './field-doc';

export interface TextFieldDoc extends FieldDoc {
  /** Default 200 characters. */
  readonly maxLength?: number;
  /** Trims surrounding spaces first, so `"  "` is refused as empty and the value is kept trimmed. */
  readonly trim?: boolean;
}

const trimmed = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A line of text: names, designations, references (identifying ones are PII in the event schema). */
export function TextField(field: TextFieldDoc): PropertyDecorator {
  const maxLength = field.maxLength ?? 200;
  return applyDecorators(
    documented(field, { type: String, maxLength }),
    ...(field.trim === true ? [trimmed()] : []),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );
}

/** A list of lines of text, each at most 200 characters. */
export function TextListField(field: FieldDoc & { readonly maxItems: number }): PropertyDecorator {
  return applyDecorators(
    documented(field, { type: [String], maxItems: field.maxItems }),
    IsArray(),
    ArrayMaxSize(field.maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(200, { each: true }),
  );
}
