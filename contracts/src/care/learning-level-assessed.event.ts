import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { LEARNING_SUBJECTS, LEARNING_TESTS } from './care.vocabulary';
import { CaseId, DateTime, Text, Uuid, oneOf } from './care.schemas';

export const ClassLevel = Type.Integer({
  minimum: 0,
  maximum: 12,
  description: 'the highest class whose learning outcomes the child meets (0: below class 1)',
});
export const ScorePercent = Type.Integer({ minimum: 0, maximum: 100, description: 'the score, in percent' });

export const LearningLevelAssessed = defineEvent(
  'care.LearningLevelAssessed',
  1,
  Type.Object(
    {
      caseId: CaseId,
      assessmentId: Uuid('this assessment; the report card names it'),
      test: oneOf(LEARNING_TESTS, { description: 'pre-test on arrival or post-test before departure' }),
      subject: oneOf(LEARNING_SUBJECTS, { description: 'the subject assessed' }),
      assessedAt: DateTime('when the test was taken'),
      classLevel: ClassLevel,
      scorePercent: Type.Optional(ScorePercent),
      assessedBy: Type.Optional(Text('the teacher, by name or designation')),
    },
    { description: 'A learning level test (pre-test or post-test) in one subject.' },
  ),
);
export type LearningLevelAssessed = EventOf<typeof LearningLevelAssessed>;
