import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CurrentPrincipal, type Principal } from '@setu/access';
import { ID_GENERATOR, revisionHeaders, type IdGenerator } from '@setu/platform';
import { Caller, CommandEndpoint, ViewEndpoint, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { ExecuteFirCommand } from '../../application/fir/execute-fir-command.command';
import type { FirView } from '../../application/queries/fir.view';
import { GetFirQuery } from '../../application/queries/get-fir.query';
import { COMMAND_PROBLEMS, OPENING_PROBLEMS, VIEW_ETAG, VIEW_PROBLEMS } from '../shared/api-docs';
import { EXAMPLE } from '../shared/examples';
import { execute } from '../shared/execute';
import { FirAccusedParams, FirParams } from '../shared/params.dto';
import { AddVictimsRequest, addVictimsCommand } from './add-victims.request.dto';
import { FIR_VIEW_EXAMPLE } from './fir-view.example';
import { NameAccusedRequest, nameAccusedCommand } from './name-accused.request.dto';
import { RecordAccusedStatusRequest, recordAccusedStatusCommand } from './record-accused-status.request.dto';
import { RegisterFirRequest, registerFirCommand } from './register-fir.request.dto';

const TAG = 'Legal: FIRs';

@Controller('firs')
export class FirsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post()
  @CommandEndpoint({
    tag: TAG,
    summary: 'Register a FIR with its sections, children and accused',
    description: 'Sections under either code (BNS or IPC) are accepted and stored as cited. Unknown sections or districts and cases that do not exist are 422.',
    body: RegisterFirRequest,
    answer: { firId: EXAMPLE.firId, revision: 3, accusedIds: [EXAMPLE.accusedId, EXAMPLE.otherAccusedId] },
    location: 'the FIR created: GET it for its view',
    conditional: false,
    problems: OPENING_PROBLEMS,
  })
  async register(@Body() dto: RegisterFirRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const firId = this.ids.newId();
    const command = registerFirCommand(firId, dto, this.ids);
    const { expectedRevision: _, ...newStream } = caller;
    const { revision } = await execute(this.commands, new ExecuteFirCommand(firId, command, newStream), res, `/firs/${firId}`);
    return { firId, revision, accusedIds: command.data.accused.map((a) => a.accusedId) };
  }

  @Get(':firId')
  @ViewEndpoint({ tag: TAG, summary: 'The FIR with everything recorded on it', example: FIR_VIEW_EXAMPLE, etag: VIEW_ETAG, answerDescription: 'The current view; its revision is in ETag', problems: VIEW_PROBLEMS })
  async get(@Param() { firId }: FirParams, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: ServerResponse): Promise<FirView & { revision: number }> {
    const { view, revision } = await this.queries.execute(new GetFirQuery(firId, principal));
    revisionHeaders(res, revision);
    return { ...view, revision };
  }

  @Post(':firId/victims')
  @CommandEndpoint({ tag: TAG, summary: 'Add children to the FIR (those already on it are ignored)', body: AddVictimsRequest, answer: { revision: 4 }, problems: COMMAND_PROBLEMS })
  addVictims(@Param() { firId }: FirParams, @Body() dto: AddVictimsRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    return execute(this.commands, new ExecuteFirCommand(firId, addVictimsCommand(dto), caller), res);
  }

  @Post(':firId/accused')
  @CommandEndpoint({ tag: TAG, summary: 'Name more accused on the FIR', body: NameAccusedRequest, answer: { revision: 5, accusedIds: [EXAMPLE.otherAccusedId] }, problems: COMMAND_PROBLEMS })
  async nameAccused(@Param() { firId }: FirParams, @Body() dto: NameAccusedRequest, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const command = nameAccusedCommand(dto, this.ids);
    const { revision } = await execute(this.commands, new ExecuteFirCommand(firId, command, caller), res);
    return { revision, accusedIds: command.data.accused.map((a) => a.accusedId) };
  }

  @Post(':firId/accused/:accusedId/status')
  @CommandEndpoint({ tag: TAG, summary: 'Record a change of an accused\'s custody status', body: RecordAccusedStatusRequest, answer: { revision: 6 }, problems: COMMAND_PROBLEMS })
  recordStatus(
    @Param() { firId, accusedId }: FirAccusedParams,
    @Body() dto: RecordAccusedStatusRequest,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: ServerResponse,
  ) {
    return execute(this.commands, new ExecuteFirCommand(firId, recordAccusedStatusCommand(accusedId, dto), caller), res);
  }
}
