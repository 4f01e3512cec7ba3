import { Type, type SchemaOptions, type TUnsafe } from '@sinclair/typebox';
import { PII } from '../event-schema';
import { AGENCY_KIND_CODES } from '../reference/agencies.data';

// Schema fragments shared by the rescue events. Times are ISO 8601 strings (event data is JSON).

export function oneOf<const T extends readonly string[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const Uuid = (description: string) => Type.String({ format: 'uuid', description });
export const DateTime = (description: string) => Type.String({ format: 'date-time', description });
export const Text = (description: string) => Type.String({ minLength: 1, description });
export const PiiText = (description: string) => Type.String({ minLength: 1, description, ...PII });

export const DistrictCode = (description: string) =>
  Type.String({ pattern: '^[A-Z]{2}-[A-Z]{3}$', description: `${description} (reference districts, e.g. RJ-JPR)` });
export const StateCode = (description: string) => oneOf(['RJ', 'BR'] as const, { description });
export const AgencyKind = (description: string) => oneOf(AGENCY_KIND_CODES, { description });
export const Age = (description: string) => Type.Integer({ minimum: 0, maximum: 25, description: `${description} (whole years)` });

export const OperationId = Uuid('the rescue operation (stream rescueop-<operationId>)');
export const CaseId = Uuid('the child\'s case (stream rescue-<caseId>)');
