import { PlannedTimeField, ReportedTimeField } from '@setu/service-kit';

// Care takes any ISO 8601 time, with or without a zone (the other services ask for the zone).

/** When something happened in the field: ISO 8601, not in the future; late reports are welcome. */
export function FieldTime(description: string, example: string): PropertyDecorator {
  return ReportedTimeField({ description: `${description} (ISO 8601; may be days late, never in the future)`, example, format: 'any' });
}

/** A planned time (a target, a review due), which may lie in the future. */
export function PlannedTime(description: string, example: string): PropertyDecorator {
  return PlannedTimeField({ description: `${description} (ISO 8601)`, example, format: 'any', optional: true });
}
