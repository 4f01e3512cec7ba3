import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsPastOrNow } from '@setu/platform';
import { IsISO8601, IsOptional } from 'class-validator';

/** When something happened in the field: ISO 8601, not in the future; late reports are welcome. */
export function FieldTime(description: string, example: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ format: 'date-time', description: `${description} (ISO 8601; may be days late, never in the future)`, example }),
    IsISO8601({ strict: true }),
    IsPastOrNow(),
  );
}

/** A planned time (a target, a review due), which may lie in the future. */
export function PlannedTime(description: string, example: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ format: 'date-time', description: `${description} (ISO 8601)`, example }),
    IsOptional(),
    IsISO8601({ strict: true }),
  );
}

/** Event data stores instants in one form: `2026-03-02T10:00:00.000Z`. */
export function iso(time: string): string {
  return new Date(time).toISOString();
}

export function isoOrUndefined(time: string | undefined): string | undefined {
  return time === undefined ? undefined : iso(time);
}
