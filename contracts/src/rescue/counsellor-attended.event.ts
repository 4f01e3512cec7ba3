import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Text } from './rescue.schemas';

export const CounsellorAttended = defineEvent(
  'rescue.CounsellorAttended',
  1,
  Type.Object(
    {
      caseId: CaseId,
      attendedAt: DateTime('when the counsellor saw the child'),
      counsellor: Text('the counsellor (name or designation)'),
      organisation: Type.Optional(Text('the panel or organisation of the counsellor')),
    },
    { description: 'A counsellor attended the child after the rescue (G02 when missing).' },
  ),
);
export type CounsellorAttended = EventOf<typeof CounsellorAttended>;
