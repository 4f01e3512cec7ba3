import { CARE_PLAN_DOMAINS, GOAL_STATUSES, type CarePlanDomain, type GoalStatus } from '@setu/contracts';
import { NestedField, OneOfField, TextField, UuidField } from '@setu/service-kit';
import { ArrayUnique } from 'class-validator';
import { FieldTime, PlannedTime } from '../shared/field-time';

const PLAN_TEXT = 'identifying: encrypted with the child\'s key';

export class CarePlanGoalDto {
  @OneOfField(CARE_PLAN_DOMAINS, { description: 'the domain of the goal', example: 'education_skills' })
  domain!: CarePlanDomain;

  @TextField({ description: `what the plan aims at for the child (${PLAN_TEXT})`, example: 'Reach class 3 reading level in Hindi before repatriation', maxLength: 1000 })
  goal!: string;

  @TextField({ description: `what will be done towards it (${PLAN_TEXT})`, example: 'Daily bridge-course classes with the shelter teacher', maxLength: 2000, optional: true })
  actions?: string;

  @TextField({ description: 'who acts on it: an agency or designation', example: 'Shelter teacher', optional: true })
  responsible?: string;

  @PlannedTime('by when', '2026-05-31T00:00:00+05:30')
  targetDate?: string;
}

export class CreateCarePlanDto {
  @FieldTime('when the plan was drawn up', '2026-03-10T12:00:00+05:30')
  createdAt!: string;

  @TextField({ description: 'who prepared it: a case worker or counsellor, by name or designation', example: 'Case worker, Rajkiya Bal Griha' })
  preparedBy!: string;

  @NestedField(() => CarePlanGoalDto, { description: 'the goals, each in one of the six domains', minItems: 1, maxItems: 60 })
  goals!: CarePlanGoalDto[];

  @PlannedTime('when the plan is next to be reviewed', '2026-04-10T00:00:00+05:30')
  nextReviewDue?: string;

  @UuidField({ description: 'the signed Form 7: a document of the documentation service', example: '0195f4c0-3c29-7e50-8b6f-4d8cc0e29f35', optional: true })
  documentId?: string;
}

export class CarePlanGoalProgressDto {
  @UuidField({ description: 'a goal of the plan (see GET /care/cases/{caseId})', example: '0195f4c1-0a11-7a22-8b33-4c44d55e6f77' })
  goalId!: string;

  @OneOfField(GOAL_STATUSES, { description: 'where the goal stands', example: 'in_progress' })
  status!: GoalStatus;

  @TextField({ description: `what was observed (${PLAN_TEXT})`, example: 'Reads simple words; attends class daily', maxLength: 2000, optional: true })
  note?: string;
}

export class ReviewCarePlanDto {
  @FieldTime('when the plan was reviewed', '2026-04-10T12:00:00+05:30')
  reviewedAt!: string;

  @TextField({ description: 'who reviewed it, by name or designation', example: 'Superintendent, Rajkiya Bal Griha' })
  reviewedBy!: string;

  @NestedField(() => CarePlanGoalProgressDto, { description: 'progress on goals of the plan, one entry per goal', minItems: 1, maxItems: 60 })
  @ArrayUnique((p: CarePlanGoalProgressDto) => p.goalId, { message: 'progress must name each goal once' })
  progress!: CarePlanGoalProgressDto[];

  @NestedField(() => CarePlanGoalDto, { description: 'goals added at this review', maxItems: 60, optional: true })
  newGoals?: CarePlanGoalDto[];

  @PlannedTime('when the plan is next to be reviewed', '2026-05-10T00:00:00+05:30')
  nextReviewDue?: string;

  @UuidField({ description: 'the signed review: a document of the documentation service', example: '0195f4c0-4d3a-7f61-9c70-5e9dd1f3a046', optional: true })
  documentId?: string;
}

export const CARE_PLAN_EXAMPLE = {
  createdAt: '2026-03-10T12:00:00+05:30',
  preparedBy: 'Case worker, Rajkiya Bal Griha',
  goals: [
    { domain: 'safety_protection', goal: 'No contact with the employer or the agent while in Jaipur', responsible: 'Superintendent' },
    { domain: 'physical_mental_health', goal: 'Treatment of skin lesions; weekly counselling', responsible: 'Medical officer; shelter counsellor' },
    {
      domain: 'education_skills',
      goal: 'Reach class 3 reading level in Hindi before repatriation',
      actions: 'Daily bridge-course classes with the shelter teacher',
      responsible: 'Shelter teacher',
      targetDate: '2026-05-31T00:00:00+05:30',
    },
    { domain: 'livelihood_economic', goal: 'Bank account opened for compensation', responsible: 'Case worker' },
    { domain: 'legal_justice', goal: 'Statement before the magistrate before departure', responsible: 'SJPU, NGO lawyer' },
    { domain: 'social_acceptance_empowerment', goal: 'Weekly phone call with the mother', responsible: 'Case worker' },
  ],
  nextReviewDue: '2026-04-10T00:00:00+05:30',
  documentId: '0195f4c0-3c29-7e50-8b6f-4d8cc0e29f35',
};

export const CARE_PLAN_REVIEW_EXAMPLE = {
  reviewedAt: '2026-04-10T12:00:00+05:30',
  reviewedBy: 'Superintendent, Rajkiya Bal Griha',
  progress: [{ goalId: '0195f4c1-0a11-7a22-8b33-4c44d55e6f77', status: 'in_progress', note: 'Reads simple words; attends class daily' }],
  newGoals: [{ domain: 'physical_mental_health', goal: 'Eye test at the district hospital', responsible: 'Medical officer' }],
  nextReviewDue: '2026-05-10T00:00:00+05:30',
};
