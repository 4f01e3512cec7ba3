import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, DocumentId, Sha256 } from './documentation.schemas';

export const DocumentDownloaded = defineEvent(
  'documentation.DocumentDownloaded',
  1,
  Type.Object(
    {
      caseId: CaseId,
      documentId: DocumentId,
      sha256: Sha256,
      downloadedBy: Type.Object(
        {
          userId: Type.String({ minLength: 1 }),
          orgId: Type.String({ minLength: 1 }),
          role: Type.String({ minLength: 1 }),
        },
        { description: 'who received the bytes (from the verified token)' },
      ),
      downloadedAt: DateTime('when the bytes were served'),
    },
    { description: 'A scan was served to someone (stream documentdownloads-<caseId>); every download is recorded.' },
  ),
);
export type DocumentDownloaded = EventOf<typeof DocumentDownloaded>;
