import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { COUNSELLING_KINDS, COUNSELLING_LANGUAGES, COUNSELLING_SETTINGS } from './care.vocabulary';
import { CaseId, DateTime, DocumentId, Text, Uuid, oneOf } from './care.schemas';

export const CounsellingSessionHeld = defineEvent(
  'care.CounsellingSessionHeld',
  1,
  Type.Object(
    {
      caseId: CaseId,
      sessionId: Uuid('this session'),
      heldAt: DateTime('when the session began'),
      counsellor: Text('the counsellor (a professional acting in office: name or designation)'),
      organisation: Type.Optional(Text('the counsellor panel or organisation')),
      kind: oneOf(COUNSELLING_KINDS, { description: 'what kind of session' }),
      setting: oneOf(COUNSELLING_SETTINGS, { description: 'where the session was held' }),
      durationMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600, description: 'how long the session lasted' })),
      language: Type.Optional(oneOf(COUNSELLING_LANGUAGES, { description: 'the language the session was held in' })),
      reportDocumentId: Type.Optional(
        DocumentId('the counselling report, a restricted document; what was said in a session is never in an event'),
      ),
    },
    { description: 'A counselling session with the child took place. Its content lives only in the restricted counselling report.' },
  ),
);
export type CounsellingSessionHeld = EventOf<typeof CounsellingSessionHeld>;
