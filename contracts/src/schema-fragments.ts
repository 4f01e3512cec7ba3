import { Type, type SchemaOptions, type TUnsafe } from '@sinclair/typebox';
import { PII } from './event-schema';

// Schema fragments every context's events share. Times are ISO 8601 strings (event data is JSON).

/** A string from a closed list, typed as the union of its values. */
export function oneOf<const T extends readonly string[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const Uuid = (description: string) => Type.String({ format: 'uuid', description });
export const DateTime = (description: string) => Type.String({ format: 'date-time', description });
export const Text = (description: string) => Type.String({ minLength: 1, description });
/** Free text about the child (health, goals, circumstances): it can identify, so the privacy layer encrypts it. */
export const PiiText = (description: string) => Type.String({ minLength: 1, description, ...PII });

export const DistrictCode = (description: string) =>
  Type.String({ pattern: '^[A-Z]{2}-[A-Z]{3}$', description: `${description} (reference districts, e.g. RJ-JPR)` });
