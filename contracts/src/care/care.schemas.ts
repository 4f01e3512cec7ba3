import { Type } from '@sinclair/typebox';
import { Uuid, Text, DistrictCode } from '../schema-fragments';
export { oneOf, Uuid, DateTime, Text, PiiText, DistrictCode } from '../schema-fragments';

// Schema fragments shared by the care events. Times are ISO 8601 strings (event data is JSON).

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
