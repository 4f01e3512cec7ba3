import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CarePlanGoal } from './care-plan-goal.schema';
import { GOAL_STATUSES } from './care.vocabulary';
import { CaseId, DateTime, DocumentId, PiiText, Text, Uuid, oneOf } from './care.schemas';

const GoalProgress = Type.Object(
  {
    goalId: Uuid('a goal of the plan'),
    status: oneOf(GOAL_STATUSES, { description: 'where the goal stands' }),
    note: Type.Optional(PiiText('what was observed; it describes the child')),
  },
  { description: 'progress on one goal' },
);

export const CarePlanReviewed = defineEvent(
  'care.CarePlanReviewed',
  1,
  Type.Object(
    {
      caseId: CaseId,
      planId: Uuid('the plan reviewed'),
      reviewId: Uuid('this review'),
      reviewedAt: DateTime('when the plan was reviewed'),
      reviewedBy: Text('who reviewed it, by name or designation'),
      progress: Type.Array(GoalProgress, { minItems: 1, description: 'progress on goals of the plan' }),
      newGoals: Type.Array(CarePlanGoal, { description: 'goals added at this review' }),
      nextReviewDue: Type.Optional(DateTime('when the plan is next to be reviewed')),
      documentId: Type.Optional(DocumentId('the signed review')),
    },
    { description: 'The individual care plan was reviewed: progress per goal, and goals added.' },
  ),
);
export type CarePlanReviewed = EventOf<typeof CarePlanReviewed>;
