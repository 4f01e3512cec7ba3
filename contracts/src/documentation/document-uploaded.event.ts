import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { MAX_DOCUMENT_BYTES, DOCUMENT_MEDIA_TYPES } from './documentation.vocabulary';
import { CaseId, DateTime, DocumentId, DocumentKindCode, oneOf, PiiText, Sha256, Uuid } from './documentation.schemas';

export const DocumentUploaded = defineEvent(
  'documentation.DocumentUploaded',
  1,
  Type.Object(
    {
      caseId: CaseId,
      documentId: DocumentId,
      kind: DocumentKindCode,
      mediaType: oneOf(DOCUMENT_MEDIA_TYPES, { description: 'decided by the magic bytes of the scan, never by its name' }),
      sizeBytes: Type.Integer({ minimum: 1, maximum: MAX_DOCUMENT_BYTES, description: 'size of the scan as uploaded' }),
      sha256: Sha256,
      issuer: PiiText('who issued the document: an office, or a person (a doctor, a counsellor)'),
      issuedOn: Type.String({ format: 'date', description: 'the date on the document' }),
      documentNumber: Type.Optional(PiiText('the number on the document (an Aadhaar or account number identifies the child)')),
      uploadedAt: DateTime('when the scan was received'),
      supersedes: Type.Optional(Uuid('the document this scan replaces')),
    },
    { description: "A scan was added to the child's file, encrypted with the child's key." },
  ),
);
export type DocumentUploaded = EventOf<typeof DocumentUploaded>;
