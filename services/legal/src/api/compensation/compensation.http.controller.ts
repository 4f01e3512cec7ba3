import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CurrentPrincipal, type Principal } from '@setu/access';
import { ID_GENERATOR, revisionHeaders, type IdGenerator } from '@setu/platform';
import { Caller, CommandEndpoint, ViewEndpoint, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { ExecuteLegalCaseCommand } from '../../application/legal-case/execute-legal-case-command.command';
import { GetLegalCaseQuery } from '../../application/queries/get-legal-case.query';
import type { ClaimView } from '../../application/queries/legal-case.view';
import { ClaimNotFoundError } from '../../application/references/legal.errors';
import { callerFor } from '../legal-cases/case-command.request.dto';
import { CLAIM_VIEW_EXAMPLE } from '../legal-cases/legal-case-view.example';
import { COMMAND_PROBLEMS, VIEW_ETAG, VIEW_PROBLEMS } from '../shared/api-docs';
import { EXAMPLE } from '../shared/examples';
import { execute } from '../shared/execute';
import { CaseClaimParams, CaseParams } from '../shared/params.dto';
import { ApplyForCompensationRequest, applyForCompensationCommand } from './apply-for-compensation.request.dto';
import { AwardCompensationRequest, awardCompensationCommand } from './award-compensation.request.dto';
import { RecordInquiryRequest, recordInquiryCommand } from './record-inquiry.request.dto';
import { RecordPaymentRequest, recordPaymentCommand } from './record-payment.request.dto';
import { RejectCompensationRequest, rejectCompensationCommand } from './reject-compensation.request.dto';

const TAG = 'Legal: compensation';

/** Compensation claims on a child's legal stream, one per scheme application. */
@Controller('legal/cases/:caseId/compensation-claims')
export class CompensationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post()
  @CommandEndpoint({
    tag: TAG,
    summary: 'Apply for compensation under a scheme',
    body: ApplyForCompensationRequest,
    answer: { claimId: EXAMPLE.claimId, revision: 3 },
    location: 'the claim created: GET it for its view',
    problems: COMMAND_PROBLEMS,
  })
  async apply(@Param() { caseId }: CaseParams, @Body() dto: ApplyForCompensationRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const claimId = this.ids.newId();
    const command = new ExecuteLegalCaseCommand(caseId, applyForCompensationCommand(caseId, claimId, dto), callerFor(caller, dto));
    return { claimId, ...(await execute(this.commands, command, res, `/legal/cases/${caseId}/compensation-claims/${claimId}`)) };
  }

  @Get(':claimId')
  @ViewEndpoint({ tag: TAG, summary: 'One compensation claim, with its inquiries, awards, payments and rejections', example: { ...CLAIM_VIEW_EXAMPLE, revision: 7 }, etag: VIEW_ETAG, answerDescription: 'The current view; its revision is in ETag', problems: VIEW_PROBLEMS })
  async get(
    @Param() { caseId, claimId }: CaseClaimParams,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<ClaimView & { revision: number }> {
    const { view, revision } = await this.queries.execute(new GetLegalCaseQuery(caseId, principal));
    const claim = view.compensationClaims.find((c) => c.claimId === claimId);
    if (claim === undefined) throw new ClaimNotFoundError();
    revisionHeaders(res, revision);
    return { ...claim, revision };
  }

  @Post(':claimId/inquiries')
  @CommandEndpoint({ tag: TAG, summary: 'Record the authority\'s inquiry into a claim', body: RecordInquiryRequest, answer: { revision: 4 }, problems: COMMAND_PROBLEMS })
  inquiry(@Param() { caseId, claimId }: CaseClaimParams, @Body() dto: RecordInquiryRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    return execute(this.commands, new ExecuteLegalCaseCommand(caseId, recordInquiryCommand(caseId, claimId, dto), callerFor(caller, dto)), res);
  }

  @Post(':claimId/awards')
  @CommandEndpoint({ tag: TAG, summary: 'Record an award (interim or final) on a claim', body: AwardCompensationRequest, answer: { revision: 5 }, problems: COMMAND_PROBLEMS })
  award(@Param() { caseId, claimId }: CaseClaimParams, @Body() dto: AwardCompensationRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    return execute(this.commands, new ExecuteLegalCaseCommand(caseId, awardCompensationCommand(caseId, claimId, dto), callerFor(caller, dto)), res);
  }

  @Post(':claimId/payments')
  @CommandEndpoint({
    tag: TAG,
    summary: 'Record a payment on a claim (only the last four digits of the account)',
    description: 'Accepted without a recorded award, or above it: facts for the gap reports.',
    body: RecordPaymentRequest,
    answer: { revision: 6 },
    problems: COMMAND_PROBLEMS,
  })
  payment(@Param() { caseId, claimId }: CaseClaimParams, @Body() dto: RecordPaymentRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    return execute(this.commands, new ExecuteLegalCaseCommand(caseId, recordPaymentCommand(caseId, claimId, dto), callerFor(caller, dto)), res);
  }

  @Post(':claimId/rejections')
  @CommandEndpoint({ tag: TAG, summary: 'Record the rejection of a claim', body: RejectCompensationRequest, answer: { revision: 5 }, problems: COMMAND_PROBLEMS })
  reject(@Param() { caseId, claimId }: CaseClaimParams, @Body() dto: RejectCompensationRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    return execute(this.commands, new ExecuteLegalCaseCommand(caseId, rejectCompensationCommand(caseId, claimId, dto), callerFor(caller, dto)), res);
  }
}
