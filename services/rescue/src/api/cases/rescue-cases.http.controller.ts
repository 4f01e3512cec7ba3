import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@setu/access';
import { revisionHeaders } from '@setu/platform';
import { Caller, CommandEndpoint, ViewEndpoint, type CallerContext } from '@setu/service-kit';
import type { Response } from 'express';
import { GetRescueCaseQuery, RecordCaseStepCommand } from '../../application';
import type { RescueCaseStep } from '../../domain';
import { EXAMPLE_CASE, EXAMPLE_CASE_ID } from '../shared/examples';
import { problems } from '../shared/problems';
import { CaseParams } from './case.params';
import { RecordAgeAssessmentRequestDto } from './record-age-assessment.request.dto';
import { RecordChildHeldRequestDto } from './record-child-held.request.dto';
import { RecordCounsellorAttendedRequestDto } from './record-counsellor-attended.request.dto';
import { RecordCwcOrderRequestDto } from './record-cwc-order.request.dto';
import { RecordInterpreterProvidedRequestDto } from './record-interpreter-provided.request.dto';
import { RecordMedicalExaminationRequestDto } from './record-medical-examination.request.dto';
import { RecordProductionBeforeCwcRequestDto } from './record-production-before-cwc.request.dto';
import {
  toAgeAssessment,
  toChildHeld,
  toCounsellorAttended,
  toCwcOrder,
  toInterpreterProvided,
  toMedicalExamination,
  toProductionBeforeCwc,
} from './rescue-case.mappers';

/** What every post-rescue step shares: If-Match, Idempotency-Key, 200 with the case's revision. */
function StepDocs(summary: string): MethodDecorator {
  return CommandEndpoint({
    summary,
    description: 'Late and out-of-order steps are recorded as reported; a time before the rescue is refused (422).',
    answer: { caseId: EXAMPLE_CASE_ID, revision: 3 },
    answerDescription: 'Recorded; `ETag` is the case\'s new revision.',
    problems: problems(400, 403, 404, 409, 422),
  });
}

@ApiTags('rescue cases')
@Controller('rescue/cases')
export class RescueCasesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':caseId')
  @ViewEndpoint({
    summary: 'The rescue service\'s record of a child: identification and post-rescue steps; `ETag` is its revision',
    example: EXAMPLE_CASE,
    answerDescription: 'The case as recorded by the rescue service.',
    problems: problems(400, 403, 404),
  })
  async get(@Param() { caseId }: CaseParams, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response) {
    const { view, revision } = await this.queries.execute(new GetRescueCaseQuery(principal, caseId));
    revisionHeaders(res, revision);
    return view;
  }

  @Post(':caseId/held-at')
  @StepDocs('Record where the child was held (child-friendly space, police station, shelter) from when to when')
  recordChildHeld(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordChildHeldRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toChildHeld(dto), caller, res);
  }

  @Post(':caseId/counsellor-visits')
  @StepDocs('Record that a counsellor attended the child')
  recordCounsellorAttended(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordCounsellorAttendedRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toCounsellorAttended(dto), caller, res);
  }

  @Post(':caseId/medical-examinations')
  @StepDocs('Record the injury / medical examination: where and by whom')
  recordMedicalExamination(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordMedicalExaminationRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toMedicalExamination(dto), caller, res);
  }

  @Post(':caseId/age-assessments')
  @StepDocs('Record an age assessment and its method')
  recordAgeAssessment(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordAgeAssessmentRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toAgeAssessment(dto), caller, res);
  }

  @Post(':caseId/interpreters')
  @StepDocs('Record that an interpreter was provided')
  recordInterpreterProvided(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordInterpreterProvidedRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toInterpreterProvided(dto), caller, res);
  }

  @Post(':caseId/cwc-productions')
  @StepDocs('Record that the child was produced before a Child Welfare Committee')
  recordProductionBeforeCwc(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordProductionBeforeCwcRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toProductionBeforeCwc(dto), caller, res);
  }

  @Post(':caseId/cwc-orders')
  @StepDocs('Record an order of a Child Welfare Committee (shelter placement: which home)')
  recordCwcOrder(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordCwcOrderRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toCwcOrder(dto), caller, res);
  }

  private async record(caseId: string, step: RescueCaseStep, caller: CallerContext, res: Response) {
    const { revision } = await this.commands.execute(new RecordCaseStepCommand(caller, caseId, step));
    revisionHeaders(res, revision);
    return { caseId, revision };
  }
}
