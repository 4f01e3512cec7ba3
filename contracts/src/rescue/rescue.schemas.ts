import { Type } from '@sinclair/typebox';
import { AGENCY_KIND_CODES } from '../reference/agencies.data';
import { oneOf, Uuid } from '../schema-fragments';
export { oneOf, Uuid, DateTime, Text, PiiText, DistrictCode } from '../schema-fragments';

// Schema fragments shared by the rescue events. Times are ISO 8601 strings (event data is JSON).

export const StateCode = (description: string) => oneOf(['RJ', 'BR'] as const, { description });
export const AgencyKind = (description: string) => oneOf(AGENCY_KIND_CODES, { description });
export const Age = (description: string) => Type.Integer({ minimum: 0, maximum: 25, description: `${description} (whole years)` });

export const OperationId = Uuid('the rescue operation (stream rescueop-<operationId>)');
export const CaseId = Uuid('the child\'s case (stream rescue-<caseId>)');
