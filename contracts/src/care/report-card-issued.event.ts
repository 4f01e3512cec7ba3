import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { ClassLevel, ScorePercent } from './learning-level-assessed.event';
import { LEARNING_SUBJECTS, LEARNING_TESTS } from './care.vocabulary';
import { CaseId, DateTime, DocumentId, Text, Uuid, oneOf } from './care.schemas';

const ReportedAssessment = Type.Object(
  {
    assessmentId: Uuid('the assessment'),
    test: oneOf(LEARNING_TESTS, { description: 'pre-test or post-test' }),
    subject: oneOf(LEARNING_SUBJECTS, { description: 'the subject' }),
    assessedAt: DateTime('when the test was taken'),
    classLevel: ClassLevel,
    scorePercent: Type.Optional(ScorePercent),
  },
  { description: 'a test on the report card, as recorded when the card was issued' },
);

export const ReportCardIssued = defineEvent(
  'care.ReportCardIssued',
  1,
  Type.Object(
    {
      caseId: CaseId,
      reportCardId: Uuid('this report card'),
      issuedAt: DateTime('when the card was issued'),
      issuedBy: Text('the teacher or home that issued it'),
      assessments: Type.Array(ReportedAssessment, { minItems: 1, description: 'the tests the card reports' }),
      documentId: Type.Optional(DocumentId('the signed card')),
    },
    { description: 'The learning report card that travels home with the child, so that the local school knows the child\'s level.' },
  ),
);
export type ReportCardIssued = EventOf<typeof ReportCardIssued>;
