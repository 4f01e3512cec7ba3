import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@setu/access';
import { CorrelationId, IdempotencyKey, IfMatch, revisionHeaders } from '@setu/platform';
import type { Response } from 'express';
import {
  GetRescueOperationQuery,
  IdentifyChildCommand,
  OpenRescueOperationCommand,
  RecordOperationFactCommand,
  RecordPersonsFoundCommand,
  type CommandRequest,
  type OperationFact,
} from '../../application';
import { ApiIdempotencyKey, ApiIfMatch, ApiProblems } from '../shared/api-docs.decorators';
import { commandRequest } from '../shared/command-request';
import { EXAMPLE_CASE_ID, EXAMPLE_OPERATION, EXAMPLE_OPERATION_ID, EXAMPLE_PERSON_ID, EXAMPLE_REFERENCE } from '../shared/examples';
import { CloseRescueOperationRequestDto } from './close-rescue-operation.request.dto';
import { IdentifyChildRequestDto } from './identify-child.request.dto';
import { OperationParams } from './operation.params';
import { OpenRescueOperationRequestDto } from './open-rescue-operation.request.dto';
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

@ApiTags('rescue operations')
@Controller('rescue-operations')
export class RescueOperationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Open a rescue operation: a raid on a workshop, where, when, by whom, on what information' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    description: 'Opened; `Location` names the operation and `ETag` is its revision.',
    schema: { example: { operationId: EXAMPLE_OPERATION_ID, revision: 0 } },
  })
  @ApiProblems(400, 403, 422)
  async open(
    @Body() dto: OpenRescueOperationRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const request = commandRequest(principal, correlationId, idempotencyKey);
    const { id, revision } = await this.commands.execute(new OpenRescueOperationCommand(request, toOpenOperationInput(dto)));
    revisionHeaders(res, revision, `/rescue-operations/${id}`);
    return { operationId: id, revision };
  }

  @Get(':operationId')
  @ApiOperation({ summary: 'The rescue service\'s record of an operation; `ETag` is its revision' })
  @ApiOkResponse({ description: 'The operation with every fact recorded on it.', schema: { example: EXAMPLE_OPERATION } })
  @ApiProblems(400, 403, 404)
  async get(@Param() { operationId }: OperationParams, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response) {
    const { view, revision } = await this.queries.execute(new GetRescueOperationQuery(principal, operationId));
    revisionHeaders(res, revision);
    return view;
  }

  @Post(':operationId/persons-found')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record employers, traffickers and others found at the scene' })
  @ApiIfMatch()
  @ApiIdempotencyKey()
  @ApiOkResponse({ description: 'Recorded; each person has an id.', schema: { example: { ...revised, personIds: [EXAMPLE_PERSON_ID] } } })
  @ApiProblems(400, 403, 404, 409, 422)
  async recordPersonsFound(
    @Param() { operationId }: OperationParams,
    @Body() dto: RecordPersonsFoundRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const request = commandRequest(principal, correlationId, idempotencyKey, ifMatch);
    const outcome = await this.commands.execute(new RecordPersonsFoundCommand(request, operationId, toPersonsFoundInput(dto)));
    revisionHeaders(res, outcome.revision);
    return { operationId, revision: outcome.revision, personIds: outcome.personIds };
  }

  @Post(':operationId/evidence')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record evidence collected at the scene (the checklist)' })
  @ApiIfMatch()
  @ApiIdempotencyKey()
  @ApiOkResponse({ description: 'Recorded.', schema: { example: revised } })
  @ApiProblems(400, 403, 404, 409, 422)
  recordEvidence(
    @Param() { operationId }: OperationParams,
    @Body() dto: RecordEvidenceRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.recordFact(operationId, toEvidenceFact(dto), commandRequest(principal, correlationId, idempotencyKey, ifMatch), res);
  }

  @Post(':operationId/premises-sealing')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record whether the workshop was sealed' })
  @ApiIfMatch()
  @ApiIdempotencyKey()
  @ApiOkResponse({ description: 'Recorded.', schema: { example: revised } })
  @ApiProblems(400, 403, 404, 409, 422)
  recordPremisesSealing(
    @Param() { operationId }: OperationParams,
    @Body() dto: RecordPremisesSealingRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.recordFact(operationId, toPremisesFact(dto), commandRequest(principal, correlationId, idempotencyKey, ifMatch), res);
  }

  @Post(':operationId/children')
  @ApiOperation({
    summary: 'Identify a child in the operation: opens the child\'s case with a case id and a human reference',
    description: 'The reference is state-district-year-sequence of the rescue, e.g. RJ-JPR-2026-00042. `If-Match` applies to the operation.',
  })
  @ApiIfMatch()
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    description: 'The case is open; `Location` names it and `ETag` is the case\'s revision.',
    schema: { example: { caseId: EXAMPLE_CASE_ID, reference: EXAMPLE_REFERENCE, revision: 0, operationRevision: 5 } },
  })
  @ApiProblems(400, 403, 404, 409, 422)
  async identifyChild(
    @Param() { operationId }: OperationParams,
    @Body() dto: IdentifyChildRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const request = commandRequest(principal, correlationId, idempotencyKey, ifMatch);
    const outcome = await this.commands.execute(new IdentifyChildCommand(request, operationId, toIdentifyChildInput(dto)));
    revisionHeaders(res, outcome.revision, `/rescue/cases/${outcome.caseId}`);
    return outcome;
  }

  @Post(':operationId/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the operation: the team left the scene' })
  @ApiIfMatch()
  @ApiIdempotencyKey()
  @ApiOkResponse({ description: 'Closed (closing again at the same time changes nothing).', schema: { example: revised } })
  @ApiProblems(400, 403, 404, 409, 422)
  close(
    @Param() { operationId }: OperationParams,
    @Body() dto: CloseRescueOperationRequestDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.recordFact(operationId, toCloseFact(dto), commandRequest(principal, correlationId, idempotencyKey, ifMatch), res);
  }

  private async recordFact(operationId: string, fact: OperationFact, request: CommandRequest, res: Response) {
    const { revision } = await this.commands.execute(new RecordOperationFactCommand(request, operationId, fact));
    revisionHeaders(res, revision);
    return { operationId, revision };
  }
}
