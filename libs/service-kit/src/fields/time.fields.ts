import { applyDecorators } from '@nestjs/common';
import { IsPastOrNow } from '@setu/platform';
import { IsISO8601, Matches } from 'class-validator';
import { documented, type FieldDoc } from './field-doc';

/**
 * What a time field takes besides being ISO 8601: `zoned` a time with its zone (field staff write
 * IST, and a time without a zone could be read five and a half hours off), `zoned-or-day` that or
 * a bare day (`2026-06-15`), `rfc3339` a time with seconds and an offset, `any` any ISO 8601.
 */
export type TimeFormat = 'zoned' | 'zoned-or-day' | 'rfc3339' | 'any';

export interface TimeFieldDoc extends FieldDoc {
  /** Default `zoned`. */
  readonly format?: TimeFormat;
}

const SHAPES: Readonly<Record<Exclude<TimeFormat, 'any'>, { readonly pattern: RegExp; readonly message: string }>> = {
  zoned: { pattern: /(Z|[+-]\d{2}:?\d{2})$/, message: '$property must state its time zone (Z or +05:30)' },
  'zoned-or-day': {
    pattern: /^\d{4}-\d{2}-\d{2}$|(Z|[+-]\d{2}:?\d{2})$/,
    message: '$property must be a day (2026-06-15) or a time with its zone (Z or +05:30)',
  },
  rfc3339: {
    pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/,
    message: '$property must be an ISO 8601 date-time with seconds and an offset, e.g. 2026-03-24T15:10:00+05:30',
  },
};

function timeField(field: TimeFieldDoc, past: boolean): PropertyDecorator {
  const format = field.format ?? 'zoned';
  const shape = format === 'any' ? [] : [Matches(SHAPES[format].pattern, { message: SHAPES[format].message })];
  return applyDecorators(
    documented(field, { type: String, ...(format === 'zoned-or-day' ? {} : { format: 'date-time' }) }),
    IsISO8601({ strict: true }),
    ...shape,
    ...(past ? [IsPastOrNow()] : []),
  );
}

/**
 * When something happened in the field, as reported: ISO 8601, never in the future beyond the
 * platform's clock skew (`IsPastOrNow`). Late reports are welcome.
 */
export function ReportedTimeField(field: TimeFieldDoc): PropertyDecorator {
  return timeField(field, true);
}

/** A planned time (a departure, a review due, a hearing), which may lie in the future. */
export function PlannedTimeField(field: TimeFieldDoc): PropertyDecorator {
  return timeField(field, false);
}
