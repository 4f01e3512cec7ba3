import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, Committee, DateTime, DistrictCode, DocumentId } from './documentation.schemas';

export const DocumentVerified = defineEvent(
  'documentation.DocumentVerified',
  1,
  Type.Object(
    {
      caseId: CaseId,
      documentId: DocumentId,
      committee: Committee,
      district: DistrictCode,
      verifiedAt: DateTime('when the committee verified it'),
    },
    { description: 'The Child Welfare Committee verified the scan against the original.' },
  ),
);
export type DocumentVerified = EventOf<typeof DocumentVerified>;
