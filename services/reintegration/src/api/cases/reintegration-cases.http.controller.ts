import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth } from '@nestjs/swagger';
import { DOMAIN_CRITERIA_MET_FROM } from '@setu/contracts';
import { BEARER_SCHEME, revisionHeaders } from '@setu/platform';
import { Caller, plain, utc, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { GetReintegrationCaseQuery, OpenCaseCommand } from '../../application';
import { ReintegrationCommand, ReintegrationView } from '../shared/api-docs';
import { CASE_LOCATION, EXAMPLE } from '../shared/examples';
import { FactRecorder } from '../shared/fact-recorder';
import { CaseParams } from '../shared/params';
import { CASE_VIEW_EXAMPLE } from './case-view.example';
import { CloseCaseRequestDto, ReopenCaseRequestDto } from './closure.request.dto';
import { OpenCaseRequestDto } from './open-case.request.dto';

const TAG = 'reintegration: cases';

@ApiBearerAuth(BEARER_SCHEME)
@Controller('reintegration/cases')
export class ReintegrationCasesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly facts: FactRecorder,
  ) {}

  @Post()
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Open the case of a child who came home with no record',
    description: 'The case gets an id and a reference for paper forms (`BR-GAY-2026-00007`, per home district and year). A child known to rescue already has a case: record facts on it instead.',
    body: OpenCaseRequestDto,
    answer: { caseId: EXAMPLE.caseId, reference: EXAMPLE.reference, revision: 0 },
    created: true,
  })
  async open(@Body() dto: OpenCaseRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { identifiedAt, returnedHomeAt, ...child } = plain(dto);
    const opened = await this.commands.execute(new OpenCaseCommand(caller, new Date(identifiedAt), { ...child, returnedHomeAt: utc(returnedHomeAt) }));
    revisionHeaders(res, opened.revision, CASE_LOCATION(opened.caseId));
    return opened;
  }

  @Get(':caseId')
  @ReintegrationView({
    tag: TAG,
    summary: 'The reintegration record of a child: transfer, return and every follow-up fact',
    description: 'A case known to rescue with no reintegration fact yet is answered with `status: none` and ETag `"-1"`.',
    example: CASE_VIEW_EXAMPLE,
  })
  async get(@Param() { caseId }: CaseParams, @Res({ passthrough: true }) res: ServerResponse) {
    const { view, revision } = await this.queries.execute(new GetReintegrationCaseQuery(caseId));
    revisionHeaders(res, revision);
    return view;
  }

  @Post(':caseId/closure')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Close the case',
    description: `Records whether every domain met its criteria (latest score ${DOMAIN_CRITERIA_MET_FROM} or above). An early closure is recorded as such, never refused (gap G20). 409 if already closed.`,
    body: CloseCaseRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 14 },
  })
  close(@Param() { caseId }: CaseParams, @Body() dto: CloseCaseRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { closedAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'CloseCase', occurredAt: new Date(closedAt), data: { caseId, ...data, criteriaMetFrom: DOMAIN_CRITERIA_MET_FROM } });
  }

  @Post(':caseId/reopening')
  @ReintegrationCommand({ tag: TAG, summary: 'Reopen a closed case', description: '409 if the case is not closed.', body: ReopenCaseRequestDto, answer: { caseId: EXAMPLE.caseId, revision: 15 } })
  reopen(@Param() { caseId }: CaseParams, @Body() dto: ReopenCaseRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { reopenedAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'ReopenCase', occurredAt: new Date(reopenedAt), data: { caseId, ...data } });
  }
}
