import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { Caller, CommandEndpoint, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { ExecuteFirCommand } from '../../application/fir/execute-fir-command.command';
import { COMMAND_PROBLEMS } from '../shared/api-docs';
import { EXAMPLE } from '../shared/examples';
import { execute } from '../shared/execute';
import { FirAppealParams, FirParams, FirSummonsParams } from '../shared/params.dto';
import { FileAppealRequest, fileAppealCommand } from './file-appeal.request.dto';
import { FileChargeSheetRequest, fileChargeSheetCommand } from './file-charge-sheet.request.dto';
import { IssueSummonsRequest, issueSummonsCommand } from './issue-summons.request.dto';
import { RecordAppealDecisionRequest, recordAppealDecisionCommand } from './record-appeal-decision.request.dto';
import { RecordBailHearingRequest, recordBailHearingCommand } from './record-bail-hearing.request.dto';
import { RecordJudgmentRequest, recordJudgmentCommand } from './record-judgment.request.dto';
import { RecordSummonsKnownToNgoRequest, recordSummonsKnownToNgoCommand } from './record-summons-known-to-ngo.request.dto';
import { RecordSummonsServedRequest, recordSummonsServedCommand } from './record-summons-served.request.dto';
import { RecordTestimonyRequest, recordTestimonyCommand } from './record-testimony.request.dto';

const TAG = 'Legal: prosecution';

/** The prosecution on a FIR's stream: bail, charge sheets, summons, testimony, judgment, appeals. */
@Controller('firs/:firId')
export class ProsecutionController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post('bail-hearings')
  @CommandEndpoint({
    tag: TAG,
    summary: 'Record a bail hearing of an accused',
    description: 'Bail granted also records the accused as on bail from the hearing.',
    body: RecordBailHearingRequest,
    answer: { revision: 7, hearingId: EXAMPLE.hearingId },
    problems: COMMAND_PROBLEMS,
  })
  async bailHearing(@Param() { firId }: FirParams, @Body() dto: RecordBailHearingRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const hearingId = this.ids.newId();
    return { ...(await execute(this.commands, new ExecuteFirCommand(firId, recordBailHearingCommand(hearingId, dto), caller), res)), hearingId };
  }

  @Post('charge-sheets')
  @CommandEndpoint({ tag: TAG, summary: 'Record a charge sheet (or a supplementary one)', body: FileChargeSheetRequest, answer: { revision: 8, chargeSheetId: EXAMPLE.chargeSheetId }, problems: COMMAND_PROBLEMS })
  async chargeSheet(@Param() { firId }: FirParams, @Body() dto: FileChargeSheetRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const chargeSheetId = this.ids.newId();
    return { ...(await execute(this.commands, new ExecuteFirCommand(firId, fileChargeSheetCommand(chargeSheetId, dto), caller), res)), chargeSheetId };
  }

  @Post('summons')
  @CommandEndpoint({ tag: TAG, summary: 'Record a summons for a child of the FIR', body: IssueSummonsRequest, answer: { revision: 9, summonsId: EXAMPLE.summonsId }, problems: COMMAND_PROBLEMS })
  async summons(@Param() { firId }: FirParams, @Body() dto: IssueSummonsRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const summonsId = this.ids.newId();
    return { ...(await execute(this.commands, new ExecuteFirCommand(firId, issueSummonsCommand(summonsId, dto), caller), res)), summonsId };
  }

  @Post('summons/:summonsId/service')
  @CommandEndpoint({ tag: TAG, summary: 'Record that a summons was served', body: RecordSummonsServedRequest, answer: { revision: 10 }, problems: COMMAND_PROBLEMS })
  served(@Param() { firId, summonsId }: FirSummonsParams, @Body() dto: RecordSummonsServedRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    return execute(this.commands, new ExecuteFirCommand(firId, recordSummonsServedCommand(summonsId, dto), caller), res);
  }

  @Post('summons/:summonsId/ngo-notice')
  @CommandEndpoint({
    tag: TAG,
    summary: 'Record when the child\'s NGO learned of a summons',
    description: 'Accepted even when learned after the hearing: that is a gap to report, not an error.',
    body: RecordSummonsKnownToNgoRequest,
    answer: { revision: 11 },
    problems: COMMAND_PROBLEMS,
  })
  knownToNgo(
    @Param() { firId, summonsId }: FirSummonsParams,
    @Body() dto: RecordSummonsKnownToNgoRequest,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: ServerResponse,
  ) {
    return execute(this.commands, new ExecuteFirCommand(firId, recordSummonsKnownToNgoCommand(summonsId, dto), caller), res);
  }

  @Post('testimonies')
  @CommandEndpoint({ tag: TAG, summary: 'Record a child\'s testimony at trial', body: RecordTestimonyRequest, answer: { revision: 12, testimonyId: EXAMPLE.testimonyId }, problems: COMMAND_PROBLEMS })
  async testimony(@Param() { firId }: FirParams, @Body() dto: RecordTestimonyRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const testimonyId = this.ids.newId();
    return { ...(await execute(this.commands, new ExecuteFirCommand(firId, recordTestimonyCommand(testimonyId, dto), caller), res)), testimonyId };
  }

  @Post('judgments')
  @CommandEndpoint({ tag: TAG, summary: 'Record a judgment: a verdict per accused', body: RecordJudgmentRequest, answer: { revision: 14, judgmentId: EXAMPLE.judgmentId }, problems: COMMAND_PROBLEMS })
  async judgment(@Param() { firId }: FirParams, @Body() dto: RecordJudgmentRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const judgmentId = this.ids.newId();
    return { ...(await execute(this.commands, new ExecuteFirCommand(firId, recordJudgmentCommand(judgmentId, dto), caller), res)), judgmentId };
  }

  @Post('appeals')
  @CommandEndpoint({ tag: TAG, summary: 'Record an appeal against the judgment on some accused', body: FileAppealRequest, answer: { revision: 15, appealId: EXAMPLE.appealId }, problems: COMMAND_PROBLEMS })
  async appeal(@Param() { firId }: FirParams, @Body() dto: FileAppealRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const appealId = this.ids.newId();
    return { ...(await execute(this.commands, new ExecuteFirCommand(firId, fileAppealCommand(appealId, dto), caller), res)), appealId };
  }

  @Post('appeals/:appealId/decision')
  @CommandEndpoint({ tag: TAG, summary: 'Record the decision on an appeal', body: RecordAppealDecisionRequest, answer: { revision: 16 }, problems: COMMAND_PROBLEMS })
  appealDecision(
    @Param() { firId, appealId }: FirAppealParams,
    @Body() dto: RecordAppealDecisionRequest,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: ServerResponse,
  ) {
    return execute(this.commands, new ExecuteFirCommand(firId, recordAppealDecisionCommand(appealId, dto), caller), res);
  }
}
