import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CarePlanGoal } from './care-plan-goal.schema';
import { CaseId, DateTime, DocumentId, Text, Uuid } from './care.schemas';

export const CarePlanCreated = defineEvent(
  'care.CarePlanCreated',
  1,
  Type.Object(
    {
      caseId: CaseId,
      planId: Uuid('the plan; one per case'),
      createdAt: DateTime('when the plan was drawn up'),
      preparedBy: Text('who prepared it: a case worker or counsellor, by name or designation'),
      goals: Type.Array(CarePlanGoal, { minItems: 1, description: 'the goals, each in one of the six domains' }),
      nextReviewDue: Type.Optional(DateTime('when the plan is next to be reviewed')),
      documentId: Type.Optional(DocumentId('the signed Form 7')),
    },
    { description: 'The individual care plan (Form 7, JJ Model Rules 2016) was drawn up for the child (G07 when missing).' },
  ),
);
export type CarePlanCreated = EventOf<typeof CarePlanCreated>;
