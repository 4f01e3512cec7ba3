import { PlannedTimeField, ReportedTimeField, TextField, type FieldDoc } from '@setu/service-kit';

// The reintegration service's own fields; the others come from @setu/service-kit.

/** A note in the field's words: it can identify the child, so its schema field is PII. */
export function SummaryField(example: string, description = 'a note in the fieldworker\'s words'): PropertyDecorator {
  return TextField({ description: `${description}; never shown in feeds or reports`, example, optional: true, maxLength: 2000 });
}

/** When something happened, as reported: a day, or a time with its zone; may be late, never in the future. */
export function DayOrTimeField(field: FieldDoc): PropertyDecorator {
  const description = `${field.description} (ISO 8601 day, or time with zone; may be late, never in the future)`;
  return ReportedTimeField({ ...field, description, format: 'zoned-or-day' });
}

/** A planned day or time, which may lie in the future. */
export function PlannedDayOrTimeField(field: FieldDoc): PropertyDecorator {
  return PlannedTimeField({ ...field, description: `${field.description} (ISO 8601 day, or time with zone)`, format: 'zoned-or-day' });
}
