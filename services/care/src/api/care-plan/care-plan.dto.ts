import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CARE_PLAN_DOMAINS, GOAL_STATUSES, type CarePlanDomain, type GoalStatus } from '@setu/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { FieldTime, PlannedTime } from '../shared/field-time';
import { Line, OneOf, OptionalDocumentId, OptionalLine } from '../shared/text';

const PLAN_TEXT = 'identifying: encrypted with the child\'s key';

export class CarePlanGoalDto {
  @OneOf(CARE_PLAN_DOMAINS, 'the domain of the goal', 'education_skills')
  domain!: CarePlanDomain;

  @ApiProperty({ description: `what the plan aims at for the child (${PLAN_TEXT})`, example: 'Reach class 3 reading level in Hindi before repatriation', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  goal!: string;

  @ApiPropertyOptional({ description: `what will be done towards it (${PLAN_TEXT})`, example: 'Daily bridge-course classes with the shelter teacher', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  actions?: string;

  @OptionalLine('who acts on it: an agency or designation', 'Shelter teacher')
  responsible?: string;

  @PlannedTime('by when', '2026-05-31T00:00:00+05:30')
  targetDate?: string;
}

export class CreateCarePlanDto {
  @FieldTime('when the plan was drawn up', '2026-03-10T12:00:00+05:30')
  createdAt!: string;

  @Line('who prepared it: a case worker or counsellor, by name or designation', 'Case worker, Rajkiya Bal Griha')
  preparedBy!: string;

  @ApiProperty({ type: [CarePlanGoalDto], description: 'the goals, each in one of the six domains' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CarePlanGoalDto)
  goals!: CarePlanGoalDto[];

  @PlannedTime('when the plan is next to be reviewed', '2026-04-10T00:00:00+05:30')
  nextReviewDue?: string;

  @OptionalDocumentId('the signed Form 7', '0195f4c0-3c29-7e50-8b6f-4d8cc0e29f35')
  documentId?: string;
}

export class CarePlanGoalProgressDto {
  @ApiProperty({ format: 'uuid', description: 'a goal of the plan (see GET /care/cases/{caseId})', example: '0195f4c1-0a11-7a22-8b33-4c44d55e6f77' })
  @IsUUID()
  goalId!: string;

  @OneOf(GOAL_STATUSES, 'where the goal stands', 'in_progress')
  status!: GoalStatus;

  @ApiPropertyOptional({ description: `what was observed (${PLAN_TEXT})`, example: 'Reads simple words; attends class daily', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string;
}

export class ReviewCarePlanDto {
  @FieldTime('when the plan was reviewed', '2026-04-10T12:00:00+05:30')
  reviewedAt!: string;

  @Line('who reviewed it, by name or designation', 'Superintendent, Rajkiya Bal Griha')
  reviewedBy!: string;

  @ApiProperty({ type: [CarePlanGoalProgressDto], description: 'progress on goals of the plan, one entry per goal' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ArrayUnique((p: CarePlanGoalProgressDto) => p.goalId, { message: 'progress must name each goal once' })
  @ValidateNested({ each: true })
  @Type(() => CarePlanGoalProgressDto)
  progress!: CarePlanGoalProgressDto[];

  @ApiPropertyOptional({ type: [CarePlanGoalDto], description: 'goals added at this review' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CarePlanGoalDto)
  newGoals?: CarePlanGoalDto[];

  @PlannedTime('when the plan is next to be reviewed', '2026-05-10T00:00:00+05:30')
  nextReviewDue?: string;

  @OptionalDocumentId('the signed review', '0195f4c0-4d3a-7f61-9c70-5e9dd1f3a046')
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
