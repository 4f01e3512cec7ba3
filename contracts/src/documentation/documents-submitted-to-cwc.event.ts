import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, Committee, DateTime, DistrictCode, DocumentId, DocumentKindCode, Uuid } from './documentation.schemas';

export const DocumentsSubmittedToCwc = defineEvent(
  'documentation.DocumentsSubmittedToCwc',
  1,
  Type.Object(
    {
      caseId: CaseId,
      submissionId: Uuid('the submission'),
      committee: Committee,
      district: DistrictCode,
      submittedAt: DateTime('when the documents reached the committee'),
      documentIds: Type.Array(DocumentId, { minItems: 1, description: 'the documents submitted' }),
      missingKinds: Type.Array(DocumentKindCode, {
        description: 'key documents (required before repatriation) with no current scan at submission',
      }),
    },
    { description: "The shelter submitted the child's scanned documents to the Child Welfare Committee." },
  ),
);
export type DocumentsSubmittedToCwc = EventOf<typeof DocumentsSubmittedToCwc>;
