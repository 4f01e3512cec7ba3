import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { BEARER_SCHEME, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { Caller, plain, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { ReintegrationCommand } from '../shared/api-docs';
import { EXAMPLE } from '../shared/examples';
import { FactRecorder } from '../shared/fact-recorder';
import { CaseParams, SuspicionParams, ThreatParams } from '../shared/params';
import {
  ConfirmReTraffickingRequestDto,
  ReportThreatRequestDto,
  RuleOutReTraffickingRequestDto,
  SuspectReTraffickingRequestDto,
  ThreatReportedToPoliceRequestDto,
} from './protection.request.dto';

const TAG = 'reintegration: protection';

/** Threats and harassment after return, and re-trafficking suspected, confirmed or ruled out. */
@ApiBearerAuth(BEARER_SCHEME)
@Controller('reintegration/cases/:caseId')
export class ProtectionController {
  constructor(
    private readonly facts: FactRecorder,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post('threats')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record harassment or threats reported by the child or family, and whether the police were informed',
    description: 'The answer names the report: a later report to the police refers to it.',
    body: ReportThreatRequestDto,
    answer: { caseId: EXAMPLE.caseId, threatId: EXAMPLE.threatId, revision: 9 },
  })
  async report(@Param() { caseId }: CaseParams, @Body() dto: ReportThreatRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const threatId = this.ids.newId();
    const { reportedAt, ...data } = plain(dto);
    const answer = await this.facts.caseFact(res, caller, { type: 'ReportThreat', occurredAt: new Date(reportedAt), data: { caseId, threatId, ...data } });
    return { ...answer, threatId };
  }

  @Post('threats/:threatId/police-report')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record that the police were informed of a reported threat',
    description: '422 for a threat this case does not have.',
    body: ThreatReportedToPoliceRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 10 },
  })
  toPolice(@Param() { caseId, threatId }: ThreatParams, @Body() dto: ThreatReportedToPoliceRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { informedAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'RecordThreatReportedToPolice', occurredAt: new Date(informedAt), data: { caseId, threatId, ...data } });
  }

  @Post('re-trafficking-suspicions')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record a suspicion that the child was trafficked again',
    description: 'The answer names the suspicion: its confirmation or ruling out refers to it.',
    body: SuspectReTraffickingRequestDto,
    answer: { caseId: EXAMPLE.caseId, suspicionId: EXAMPLE.suspicionId, revision: 11 },
  })
  async suspect(@Param() { caseId }: CaseParams, @Body() dto: SuspectReTraffickingRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const suspicionId = this.ids.newId();
    const { suspectedAt, ...data } = plain(dto);
    const answer = await this.facts.caseFact(res, caller, { type: 'SuspectReTrafficking', occurredAt: new Date(suspectedAt), data: { caseId, suspicionId, ...data } });
    return { ...answer, suspicionId };
  }

  @Post('re-trafficking-suspicions/:suspicionId/confirmation')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Confirm the re-trafficking, linking the case of the later rescue (gap G23)',
    description: 'The link is this person\'s explicit act, never automatic. 422 for a suspicion this case does not have, or a later case no service opened.',
    body: ConfirmReTraffickingRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 12 },
  })
  confirm(@Param() { caseId, suspicionId }: SuspicionParams, @Body() dto: ConfirmReTraffickingRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { confirmedAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'ConfirmReTrafficking', occurredAt: new Date(confirmedAt), data: { caseId, suspicionId, ...data } });
  }

  @Post('re-trafficking-suspicions/:suspicionId/ruling-out')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Rule out a suspicion of re-trafficking',
    description: '422 for a suspicion this case does not have; 409 once it was confirmed.',
    body: RuleOutReTraffickingRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 12 },
  })
  ruleOut(@Param() { caseId, suspicionId }: SuspicionParams, @Body() dto: RuleOutReTraffickingRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { ruledOutAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'RuleOutReTrafficking', occurredAt: new Date(ruledOutAt), data: { caseId, suspicionId, ...data } });
  }
}
