import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@setu/access';
import { CorrelationId, IdempotencyKey, IfMatch, revisionHeaders } from '@setu/platform';
import type { Response } from 'express';
import { GetRescueCaseQuery, RecordCaseStepCommand, type CommandRequest } from '../../application';
import type { RescueCaseStep } from '../../domain';
import { ApiIdempotencyKey, ApiIfMatch, ApiProblems } from '../shared/api-docs.decorators';
import { commandRequest } from '../shared/command-request';
import { EXAMPLE_CASE, EXAMPLE_CASE_ID } from '../shared/examples';
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

/** The documentation every post-rescue step shares: If-Match, Idempotency-Key, 200 with the revision. */
function StepDocs(summary: string): MethodDecorator {
  return applyDecorators(
    HttpCode(200),
    ApiOperation({ summary, description: 'Late and out-of-order steps are recorded as reported; a time before the rescue is refused (422).' }),
    ApiIfMatch(),
    ApiIdempotencyKey(),
    ApiOkResponse({ description: 'Recorded; `ETag` is the case\'s new revision.', schema: { example: { caseId: EXAMPLE_CASE_ID, revision: 3 } } }),
    ApiProblems(400, 403, 404, 409, 422),
  );
}

@ApiTags('rescue cases')
@Controller('rescue/cases')
export class RescueCasesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':caseId')
  @ApiOperation({ summary: 'The rescue service\'s record of a child: identification and post-rescue steps; `ETag` is its revision' })
  @ApiOkResponse({ description: 'The case as recorded by the rescue service.', schema: { example: EXAMPLE_CASE } })
  @ApiProblems(400, 403, 404)
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
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toChildHeld(dto), commandRequest(principal, correlationId, idempotencyKey, ifMatch), res);
  }

  @Post(':caseId/counsellor-visits')
  @StepDocs('Record that a counsellor attended the child')
  recordCounsellorAttended(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordCounsellorAttendedRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toCounsellorAttended(dto), commandRequest(principal, correlationId, idempotencyKey, ifMatch), res);
  }

  @Post(':caseId/medical-examinations')
  @StepDocs('Record the injury / medical examination: where and by whom')
  recordMedicalExamination(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordMedicalExaminationRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toMedicalExamination(dto), commandRequest(principal, correlationId, idempotencyKey, ifMatch), res);
  }

  @Post(':caseId/age-assessments')
  @StepDocs('Record an age assessment and its method')
  recordAgeAssessment(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordAgeAssessmentRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toAgeAssessment(dto), commandRequest(principal, correlationId, idempotencyKey, ifMatch), res);
  }

  @Post(':caseId/interpreters')
  @StepDocs('Record that an interpreter was provided')
  recordInterpreterProvided(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordInterpreterProvidedRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toInterpreterProvided(dto), commandRequest(principal, correlationId, idempotencyKey, ifMatch), res);
  }

  @Post(':caseId/cwc-productions')
  @StepDocs('Record that the child was produced before a Child Welfare Committee')
  recordProductionBeforeCwc(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordProductionBeforeCwcRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toProductionBeforeCwc(dto), commandRequest(principal, correlationId, idempotencyKey, ifMatch), res);
  }

  @Post(':caseId/cwc-orders')
  @StepDocs('Record an order of a Child Welfare Committee (shelter placement: which home)')
  recordCwcOrder(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordCwcOrderRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(caseId, toCwcOrder(dto), commandRequest(principal, correlationId, idempotencyKey, ifMatch), res);
  }

  private async record(caseId: string, step: RescueCaseStep, request: CommandRequest, res: Response) {
    const { revision } = await this.commands.execute(new RecordCaseStepCommand(request, caseId, step));
    revisionHeaders(res, revision);
    return { caseId, revision };
  }
}
