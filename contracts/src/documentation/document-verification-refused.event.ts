import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { VERIFICATION_REFUSAL_REASONS } from './documentation.vocabulary';
import { CaseId, Committee, DateTime, DistrictCode, DocumentId, oneOf } from './documentation.schemas';

export const DocumentVerificationRefused = defineEvent(
  'documentation.DocumentVerificationRefused',
  1,
  Type.Object(
    {
      caseId: CaseId,
      documentId: DocumentId,
      committee: Committee,
      district: DistrictCode,
      refusedAt: DateTime('when the committee refused it'),
      reason: oneOf(VERIFICATION_REFUSAL_REASONS, { description: 'why the committee did not accept it' }),
    },
    { description: 'The Child Welfare Committee did not accept the scan; a better one is needed.' },
  ),
);
export type DocumentVerificationRefused = EventOf<typeof DocumentVerificationRefused>;
