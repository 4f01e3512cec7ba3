import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { Caller, defined, utc, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import type { FactOutcome } from '../../application';
import { ApiCareFact } from '../shared/api-docs';
import { CareCaseParams } from '../shared/case-params.dto';
import { recordFact } from '../shared/record-fact';
import { LEARNING_ASSESSMENT_EXAMPLE, LearningAssessmentDto, REPORT_CARD_EXAMPLE, ReportCardDto } from './education.dto';

@ApiTags('care')
@Controller('care/cases/:caseId')
export class EducationController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post('learning-assessments')
  @ApiCareFact({
    summary: 'Record a learning level test (pre-test or post-test) in one subject',
    description: 'A post-test without a pre-test is recorded (a gap); one dated before the first pre-test of its subject is refused.',
    body: LearningAssessmentDto,
    example: LEARNING_ASSESSMENT_EXAMPLE,
    rejection: { code: 'POST_TEST_BEFORE_PRE_TEST', field: 'assessedAt', detail: 'a post-test must not be before the first pre-test in its subject (2026-03-06T04:30:00.000Z).' },
  })
  assess(@Param() { caseId }: CareCaseParams, @Body() dto: LearningAssessmentDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const assessmentId = this.ids.newId();
    const data = defined({ caseId, assessmentId, ...dto, assessedAt: utc(dto.assessedAt) });
    return recordFact(this.commands, res, request, { type: 'RecordLearningAssessment', data, occurredAt: new Date(data.assessedAt) }, assessmentId);
  }

  @Post('report-cards')
  @ApiCareFact({
    summary: 'Issue the learning report card that travels home with the child',
    description: 'Names recorded tests; the card carries them as recorded, so the school at home learns the child\'s level.',
    body: ReportCardDto,
    example: REPORT_CARD_EXAMPLE,
    rejection: { code: 'ASSESSMENT_UNKNOWN', field: 'assessmentIds[1]', detail: 'is not a learning assessment of the child' },
  })
  issue(@Param() { caseId }: CareCaseParams, @Body() dto: ReportCardDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const reportCardId = this.ids.newId();
    const data = defined({ caseId, reportCardId, ...dto, issuedAt: utc(dto.issuedAt) });
    return recordFact(this.commands, res, request, { type: 'IssueReportCard', data, occurredAt: new Date(data.issuedAt) }, reportCardId);
  }
}
