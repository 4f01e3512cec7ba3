import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@setu/access';
import { revisionHeaders } from '@setu/platform';
import { Caller, CommandEndpoint, ViewEndpoint, type CallerContext } from '@setu/service-kit';
import type { Response } from 'express';
import {
  GetRescueOperationQuery,
  IdentifyChildCommand,
  OpenRescueOperationCommand,
  RecordOperationFactCommand,
  RecordPersonsFoundCommand,
  type OperationFact,
} from '../../application';
import { EXAMPLE_CASE_ID, EXAMPLE_OPERATION, EXAMPLE_OPERATION_ID, EXAMPLE_PERSON_ID, EXAMPLE_REFERENCE } from '../shared/examples';
import { problems } from '../shared/problems';
import { CloseRescueOperationRequestDto } from './close-rescue-operation.request.dto';
import { IdentifyChildRequestDto } from './identify-child.request.dto';
import { OpenRescueOperationRequestDto } from './open-rescue-operation.request.dto';
import { OperationParams } from './operation.params';
import { RecordEvidenceRequestDto } from './record-evidence.request.dto';
import { RecordPersonsFoundRequestDto } from './record-persons-found.request.dto';
import { RecordPremisesSealingRequestDto } from './record-premises-sealing.request.dto';
import {
  toCloseFact,
  toEvidenceFact,
  toIdentifyChildInput,
  toOpenOperationInput,
  toPersonsFoundInput,
  toPremisesFact,
} from './rescue-operation.mappers';

const revised = { operationId: EXAMPLE_OPERATION_ID, revision: 4 };

/** A fact recorded on the operation: 200 with its new revision. */
function FactDocs(summary: string, answerDescription: string): MethodDecorator {
  return CommandEndpoint({ summary, answer: revised, answerDescription, problems: problems(400, 403, 404, 409, 422) });
}

@ApiTags('rescue operations')
@Controller('rescue-operations')
export class RescueOperationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @CommandEndpoint({
    summary: 'Open a rescue operation: a raid on a workshop, where, when, by whom, on what information',
    answer: { operationId: EXAMPLE_OPERATION_ID, revision: 0 },
    answerDescription: 'Opened; `Location` names the operation and `ETag` is its revision.',
    location: 'the new operation',
    conditional: false,
    problems: problems(400, 403, 422),
  })
  async open(@Body() dto: OpenRescueOperationRequestDto, @Caller({ ifMatch: false }) caller: CallerContext, @Res({ passthrough: true }) res: Response) {
    const { id, revision } = await this.commands.execute(new OpenRescueOperationCommand(caller, toOpenOperationInput(dto)));
    revisionHeaders(res, revision, `/rescue-operations/${id}`);
    return { operationId: id, revision };
  }

  @Get(':operationId')
  @ViewEndpoint({
    summary: 'The rescue service\'s record of an operation; `ETag` is its revision',
    example: EXAMPLE_OPERATION,
    answerDescription: 'The operation with every fact recorded on it.',
    problems: problems(400, 403, 404),
  })
  async get(@Param() { operationId }: OperationParams, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response) {
    const { view, revision } = await this.queries.execute(new GetRescueOperationQuery(principal, operationId));
    revisionHeaders(res, revision);
    return view;
  }

  @Post(':operationId/persons-found')
  @CommandEndpoint({
    summary: 'Record employers, traffickers and others found at the scene',
    answer: { ...revised, personIds: [EXAMPLE_PERSON_ID] },
    answerDescription: 'Recorded; each person has an id.',
    problems: problems(400, 403, 404, 409, 422),
  })
  async recordPersonsFound(
    @Param() { operationId }: OperationParams,
    @Body() dto: RecordPersonsFoundRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.commands.execute(new RecordPersonsFoundCommand(caller, operationId, toPersonsFoundInput(dto)));
    revisionHeaders(res, outcome.revision);
    return { operationId, revision: outcome.revision, personIds: outcome.personIds };
  }

  @Post(':operationId/evidence')
  @FactDocs('Record evidence collected at the scene (the checklist)', 'Recorded.')
  recordEvidence(
    @Param() { operationId }: OperationParams,
    @Body() dto: RecordEvidenceRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.recordFact(operationId, toEvidenceFact(dto), caller, res);
  }

  @Post(':operationId/premises-sealing')
  @FactDocs('Record whether the workshop was sealed', 'Recorded.')
  recordPremisesSealing(
    @Param() { operationId }: OperationParams,
    @Body() dto: RecordPremisesSealingRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.recordFact(operationId, toPremisesFact(dto), caller, res);
  }

  @Post(':operationId/children')
  @CommandEndpoint({
    summary: 'Identify a child in the operation: opens the child\'s case with a case id and a human reference',
    description: 'The reference is state-district-year-sequence of the rescue, e.g. RJ-JPR-2026-00042. `If-Match` applies to the operation.',
    answer: { caseId: EXAMPLE_CASE_ID, reference: EXAMPLE_REFERENCE, revision: 0, operationRevision: 5 },
    answerDescription: 'The case is open; `Location` names it and `ETag` is the case\'s revision.',
    location: 'the new case',
    problems: problems(400, 403, 404, 409, 422),
  })
  async identifyChild(
    @Param() { operationId }: OperationParams,
    @Body() dto: IdentifyChildRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.commands.execute(new IdentifyChildCommand(caller, operationId, toIdentifyChildInput(dto)));
    revisionHeaders(res, outcome.revision, `/rescue/cases/${outcome.caseId}`);
    return outcome;
  }

  @Post(':operationId/close')
  @FactDocs('Close the operation: the team left the scene', 'Closed (closing again at the same time changes nothing).')
  close(
    @Param() { operationId }: OperationParams,
    @Body() dto: CloseRescueOperationRequestDto,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.recordFact(operationId, toCloseFact(dto), caller, res);
  }

  private async recordFact(operationId: string, fact: OperationFact, caller: CallerContext, res: Response) {
    const { revision } = await this.commands.execute(new RecordOperationFactCommand(caller, operationId, fact));
    revisionHeaders(res, revision);
    return { operationId, revision };
  }
}
