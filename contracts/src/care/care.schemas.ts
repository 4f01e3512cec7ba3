import { Type, type SchemaOptions, type TUnsafe } from '@sinclair/typebox';
import { PII } from '../event-schema';

// Schema fragments shared by the care events. Times are ISO 8601 strings (event data is JSON).

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

export const CaseId = Uuid('the child\'s case (opened by the rescue service on rescue-<caseId>)');

/**
 * A shelter home (Child Care Institution). An institution, not the child: it is not marked PII,
 * because gap reports aggregate by shelter home.
 */
export const ShelterHome = (description: string) =>
  Type.Object(
    {
      name: Text('the home or Child Care Institution, e.g. Balika Griha Jaipur'),
      districtCode: DistrictCode('its district'),
      registrationNumber: Type.Optional(Text('its registration under JJ Act 2015 s.41, when known')),
    },
    { description },
  );

export const CwcOrderReference = (description: string) =>
  Text(`${description}: the number of the Child Welfare Committee's order as written on it`);

/** The id of a scan held by the documentation service (`documents-<caseId>`); the content never travels in care events. */
export const DocumentId = (description: string) => Uuid(`${description} (a document of the documentation service)`);
