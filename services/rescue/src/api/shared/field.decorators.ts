import { applyDecorators } from '@nestjs/common';
import { documented, IntField, type FieldDoc } from '@setu/service-kit';
import { Matches } from 'class-validator';

// The rescue service's own fields; the others come from @setu/service-kit.

export function AgeField(field: FieldDoc): PropertyDecorator {
  return IntField({ ...field, min: 0, max: 25 });
}

export function LanguageCodeField(field: FieldDoc & { readonly each?: boolean }): PropertyDecorator {
  const each = field.each ?? false;
  return applyDecorators(
    documented(field, each ? { type: [String] } : { type: String }),
    Matches(/^[a-z]{3}$/, { each, message: '$property must be ISO 639-3 codes such as mai, bho, mag, hin' }),
  );
}
