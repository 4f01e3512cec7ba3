import { Type } from '@sinclair/typebox';
import { PII } from '../event-schema';
import { DOCUMENT_KIND_CODES } from './document-kinds.data';
import { oneOf, Uuid } from '../schema-fragments';
export { oneOf, Uuid, DateTime } from '../schema-fragments';

// Schema fragments shared by the documentation events. Times are ISO 8601 strings (event data is JSON).

export const CaseId = Uuid("the child's case (stream documents-<caseId>)");
export const DocumentId = Uuid('the document: one scan, stored as one encrypted blob');
export const DocumentKindCode = oneOf(DOCUMENT_KIND_CODES, { description: 'the kind of document (catalogue: GET /documents/kinds)' });
export const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the scan as uploaded (lowercase hex)' });
export const Committee = Type.String({ minLength: 1, maxLength: 200, description: 'the Child Welfare Committee (bench), e.g. CWC Jaipur I' });
export const DistrictCode = Type.String({ pattern: '^[A-Z]{2}-[A-Z]{3}$', description: 'district code of the committee, e.g. RJ-JPR' });
export const PiiText = (description: string) => Type.String({ minLength: 1, maxLength: 200, description, ...PII });
