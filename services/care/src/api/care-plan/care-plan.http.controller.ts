import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { CarePlanGoal } from '@setu/contracts';
import { ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { Caller, defined, utc, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import type { FactOutcome } from '../../application';
import { ApiCareFact } from '../shared/api-docs';
import { CareCaseParams } from '../shared/case-params.dto';
import { recordFact } from '../shared/record-fact';
import { CARE_PLAN_EXAMPLE, CARE_PLAN_REVIEW_EXAMPLE, CreateCarePlanDto, ReviewCarePlanDto, type CarePlanGoalDto } from './care-plan.dto';

@ApiTags('care')
@Controller('care/cases/:caseId/care-plan')
export class CarePlanController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post()
  @ApiCareFact({
    summary: 'Draw up the individual care plan (Form 7, JJ Model Rules 2016)',
    description: 'One plan per case, with goals in the six domains; each goal gets an id (read it back in GET /care/cases/{caseId}) for the reviews.',
    body: CreateCarePlanDto,
    example: CARE_PLAN_EXAMPLE,
    rejection: { code: 'CARE_PLAN_ALREADY_CREATED', detail: 'The child has a care plan already: record a review of it instead.' },
  })
  create(@Param() { caseId }: CareCaseParams, @Body() dto: CreateCarePlanDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const planId = this.ids.newId();
    const data = defined({
      caseId,
      planId,
      createdAt: utc(dto.createdAt),
      preparedBy: dto.preparedBy,
      goals: dto.goals.map((g) => this.goalOf(g)),
      nextReviewDue: utc(dto.nextReviewDue),
      documentId: dto.documentId,
    });
    return recordFact(this.commands, res, request, { type: 'CreateCarePlan', data, occurredAt: new Date(data.createdAt) }, planId);
  }

  @Post('reviews')
  @ApiCareFact({
    summary: 'Review the individual care plan',
    description: 'Progress on goals of the plan, and goals added. A review entered late does not overwrite a later-dated one in the view.',
    body: ReviewCarePlanDto,
    example: CARE_PLAN_REVIEW_EXAMPLE,
    rejection: { code: 'GOAL_UNKNOWN', field: 'progress[0].goalId', detail: 'is not a goal of the child\'s care plan' },
  })
  review(@Param() { caseId }: CareCaseParams, @Body() dto: ReviewCarePlanDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const reviewId = this.ids.newId();
    const data = defined({
      caseId,
      reviewId,
      reviewedAt: utc(dto.reviewedAt),
      reviewedBy: dto.reviewedBy,
      progress: dto.progress.map((p) => defined({ goalId: p.goalId, status: p.status, note: p.note })),
      newGoals: (dto.newGoals ?? []).map((g) => this.goalOf(g)),
      nextReviewDue: utc(dto.nextReviewDue),
      documentId: dto.documentId,
    });
    return recordFact(this.commands, res, request, { type: 'ReviewCarePlan', data, occurredAt: new Date(data.reviewedAt) }, reviewId);
  }

  private goalOf(dto: CarePlanGoalDto): CarePlanGoal {
    return defined({ goalId: this.ids.newId(), ...dto, targetDate: utc(dto.targetDate) });
  }
}
