import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { SUPERSESSION_REASONS } from './documentation.vocabulary';
import { CaseId, DocumentId, oneOf, Uuid } from './documentation.schemas';

export const DocumentSuperseded = defineEvent(
  'documentation.DocumentSuperseded',
  1,
  Type.Object(
    {
      caseId: CaseId,
      documentId: DocumentId,
      supersededBy: Uuid('the newer scan, uploaded in the same commit'),
      reason: oneOf(SUPERSESSION_REASONS, { description: 'why the newer scan replaces this one' }),
    },
    { description: 'A newer scan replaced the document; the old one stays in the file as history.' },
  ),
);
export type DocumentSuperseded = EventOf<typeof DocumentSuperseded>;
