import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { Age, CaseId, DateTime, Text, oneOf } from './rescue.schemas';
import { AGE_ASSESSMENT_METHODS } from './rescue.vocabulary';

export const AgeAssessed = defineEvent(
  'rescue.AgeAssessed',
  1,
  Type.Object(
    {
      caseId: CaseId,
      assessedAt: DateTime('when the age was assessed'),
      method: oneOf(AGE_ASSESSMENT_METHODS, { description: 'how (JJ Act s.94: documents first)' }),
      years: Age('the assessed age'),
      rangeFrom: Type.Optional(Age('lower bound, when the assessment gives a range')),
      rangeTo: Type.Optional(Age('upper bound, when the assessment gives a range')),
      assessedBy: Type.Optional(Text('who assessed it (board, doctor, CWC)')),
    },
    { description: 'The child\'s age was assessed.' },
  ),
);
export type AgeAssessed = EventOf<typeof AgeAssessed>;
