import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CurrentPrincipal, type Principal } from '@setu/access';
import { ID_GENERATOR, revisionHeaders, type IdGenerator } from '@setu/platform';
import { Caller, CommandEndpoint, ViewEndpoint, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { ExecuteLegalCaseCommand } from '../../application/legal-case/execute-legal-case-command.command';
import { GetLegalCaseQuery } from '../../application/queries/get-legal-case.query';
import type { LegalCaseView } from '../../application/queries/legal-case.view';
import { COMMAND_PROBLEMS, VIEW_ETAG, VIEW_PROBLEMS } from '../shared/api-docs';
import { EXAMPLE } from '../shared/examples';
import { execute } from '../shared/execute';
import { CaseParams } from '../shared/params.dto';
import { AuthoriseLawyerRequest, authoriseLawyerCommand } from './authorise-lawyer.request.dto';
import { callerFor } from './case-command.request.dto';
import { LEGAL_CASE_VIEW_EXAMPLE } from './legal-case-view.example';
import { RecordReleaseCertificateRequest, recordReleaseCertificateCommand } from './record-release-certificate.request.dto';
import { RecordStatementRequest, recordStatementCommand } from './record-statement.request.dto';

const TAG = 'Legal: per child';

/** A child's legal record (`legal-<caseId>`): statement, lawyer, release certificate. */
@Controller('legal/cases/:caseId')
export class LegalCasesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Get()
  @ViewEndpoint({ tag: TAG, summary: 'The child\'s legal record: statements, lawyer, certificates, compensation claims', example: LEGAL_CASE_VIEW_EXAMPLE, etag: VIEW_ETAG, answerDescription: 'The current view; its revision is in ETag', problems: VIEW_PROBLEMS })
  async get(@Param() { caseId }: CaseParams, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: ServerResponse): Promise<LegalCaseView & { revision: number }> {
    const { view, revision } = await this.queries.execute(new GetLegalCaseQuery(caseId, principal));
    // A case with no legal facts yet answers ETag "-1": as If-Match, "only while there is still none".
    revisionHeaders(res, revision);
    return { ...view, revision };
  }

  @Post('statements')
  @CommandEndpoint({
    tag: TAG,
    summary: 'Record the child\'s statement before a magistrate (BNSS s.183)',
    description: 'Accepted also after the child went home (by video): a gap to report, not an error.',
    body: RecordStatementRequest,
    answer: { revision: 0, statementId: EXAMPLE.statementId },
    problems: COMMAND_PROBLEMS,
  })
  async statement(@Param() { caseId }: CaseParams, @Body() dto: RecordStatementRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const statementId = this.ids.newId();
    const command = recordStatementCommand(caseId, statementId, dto);
    return { ...(await execute(this.commands, new ExecuteLegalCaseCommand(caseId, command, callerFor(caller, dto)), res)), statementId };
  }

  @Post('lawyer-authorisations')
  @CommandEndpoint({ tag: TAG, summary: 'Record a lawyer authorised by the child\'s family', body: AuthoriseLawyerRequest, answer: { revision: 1 }, problems: COMMAND_PROBLEMS })
  lawyer(@Param() { caseId }: CaseParams, @Body() dto: AuthoriseLawyerRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    return execute(this.commands, new ExecuteLegalCaseCommand(caseId, authoriseLawyerCommand(caseId, dto), callerFor(caller, dto)), res);
  }

  @Post('release-certificates')
  @CommandEndpoint({ tag: TAG, summary: 'Record a bonded-labour release certificate issued for the child', body: RecordReleaseCertificateRequest, answer: { revision: 2 }, problems: COMMAND_PROBLEMS })
  releaseCertificate(
    @Param() { caseId }: CaseParams,
    @Body() dto: RecordReleaseCertificateRequest,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: ServerResponse,
  ) {
    return execute(this.commands, new ExecuteLegalCaseCommand(caseId, recordReleaseCertificateCommand(caseId, dto), callerFor(caller, dto)), res);
  }
}
