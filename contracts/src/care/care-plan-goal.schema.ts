import { Type, type Static } from '@sinclair/typebox';
import { CARE_PLAN_DOMAINS } from './care.vocabulary';
import { DateTime, PiiText, Text, Uuid, oneOf } from './care.schemas';

export const CarePlanGoal = Type.Object(
  {
    goalId: Uuid('this goal; reviews name it'),
    domain: oneOf(CARE_PLAN_DOMAINS, { description: 'the domain of the goal' }),
    goal: PiiText('what the plan aims at for the child; it describes the child\'s circumstances'),
    actions: Type.Optional(PiiText('what will be done towards the goal')),
    responsible: Type.Optional(Text('who acts on it: an agency or a designation, e.g. shelter counsellor')),
    targetDate: Type.Optional(DateTime('by when')),
  },
  { description: 'one goal of the individual care plan' },
);
export type CarePlanGoal = Static<typeof CarePlanGoal>;
