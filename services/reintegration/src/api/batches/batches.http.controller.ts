import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth } from '@nestjs/swagger';
import { BEARER_SCHEME, CLOCK, ID_GENERATOR, revisionHeaders, type Clock, type IdGenerator } from '@setu/platform';
import { Caller, plain, utc, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { GetRepatriationBatchQuery } from '../../application';
import { ReintegrationCommand, ReintegrationView } from '../shared/api-docs';
import { BATCH_LOCATION, EXAMPLE } from '../shared/examples';
import { FactRecorder } from '../shared/fact-recorder';
import { BatchChildParams, BatchParams } from '../shared/params';
import { BATCH_VIEW_EXAMPLE } from './batch-view.example';
import {
  AddChildRequestDto,
  PlanBatchRequestDto,
  RecordArrivalRequestDto,
  RecordDepartureRequestDto,
  RecordHandoverRequestDto,
  RemoveChildRequestDto,
  RescheduleDepartureRequestDto,
} from './batches.request.dto';

const TAG = 'reintegration: repatriation batches';

/** Stage 7: children repatriated together, their escort and journey, and each child's handover in Bihar. */
@ApiBearerAuth(BEARER_SCHEME)
@Controller('batches')
export class BatchesController {
  constructor(
    private readonly facts: FactRecorder,
    private readonly queries: QueryBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** When an administrative step gives no time of its own, it happened as it is recorded. */
  private at(reported: string | undefined): Date {
    return reported === undefined ? this.clock.now() : new Date(reported);
  }

  @Post()
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Plan a repatriation batch: the children, the escort, the planned departure',
    description: '422 naming each case that neither rescue nor reintegration opened.',
    body: PlanBatchRequestDto,
    answer: { batchId: EXAMPLE.batchId, revision: 0 },
    created: true,
  })
  plan(@Body() dto: PlanBatchRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const batchId = this.ids.newId();
    const { plannedDepartureAt, ...data } = plain(dto);
    return this.facts.batchFact(
      res,
      caller,
      { type: 'PlanBatch', occurredAt: this.clock.now(), data: { batchId, ...data, plannedDepartureAt: utc(plannedDepartureAt) } },
      BATCH_LOCATION(batchId),
    );
  }

  @Get(':batchId')
  @ReintegrationView({ tag: TAG, summary: 'A repatriation batch: its plan, its journey and each child with their handover', example: BATCH_VIEW_EXAMPLE })
  async get(@Param() { batchId }: BatchParams, @Res({ passthrough: true }) res: ServerResponse) {
    const { view, revision } = await this.queries.execute(new GetRepatriationBatchQuery(batchId));
    revisionHeaders(res, revision);
    return view;
  }

  @Post(':batchId/children')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Add a child to the batch',
    description: 'Also after departure (a late entry). Adding a child already on it writes nothing; 422 for a case no service opened.',
    body: AddChildRequestDto,
    answer: { batchId: EXAMPLE.batchId, revision: 1 },
  })
  add(@Param() { batchId }: BatchParams, @Body() dto: AddChildRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    return this.facts.batchFact(res, caller, { type: 'AddChildToBatch', occurredAt: this.at(dto.addedAt), data: { batchId, caseId: dto.caseId } });
  }

  @Post(':batchId/children/:caseId/removal')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Take a child off the batch',
    description: '422 for a child not on it; 409 for a child already handed over.',
    body: RemoveChildRequestDto,
    answer: { batchId: EXAMPLE.batchId, revision: 2 },
  })
  remove(@Param() { batchId, caseId }: BatchChildParams, @Body() dto: RemoveChildRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { removedAt, ...data } = plain(dto);
    return this.facts.batchFact(res, caller, { type: 'RemoveChildFromBatch', occurredAt: this.at(removedAt), data: { batchId, caseId, ...data } });
  }

  @Post(':batchId/departure-reschedules')
  @ReintegrationCommand({ tag: TAG, summary: 'Move the planned departure', body: RescheduleDepartureRequestDto, answer: { batchId: EXAMPLE.batchId, revision: 3 } })
  reschedule(@Param() { batchId }: BatchParams, @Body() dto: RescheduleDepartureRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { plannedDepartureAt, ...data } = plain(dto);
    return this.facts.batchFact(res, caller, { type: 'RescheduleDeparture', occurredAt: this.clock.now(), data: { batchId, ...data, plannedDepartureAt: utc(plannedDepartureAt) } });
  }

  @Post(':batchId/departure')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record that the batch left',
    description: 'The same departure again writes nothing; another time is refused (409): a batch leaves once.',
    body: RecordDepartureRequestDto,
    answer: { batchId: EXAMPLE.batchId, revision: 4 },
  })
  depart(@Param() { batchId }: BatchParams, @Body() dto: RecordDepartureRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    return this.facts.batchFact(res, caller, { type: 'RecordDeparture', occurredAt: new Date(dto.departedAt), data: { batchId } });
  }

  @Post(':batchId/arrival')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record that the batch arrived in the home state',
    description: 'Taken even before the departure is recorded, or dated before it (the gap report judges it). Another arrival time is refused (409).',
    body: RecordArrivalRequestDto,
    answer: { batchId: EXAMPLE.batchId, revision: 5 },
  })
  arrive(@Param() { batchId }: BatchParams, @Body() dto: RecordArrivalRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { arrivedAt, ...data } = plain(dto);
    return this.facts.batchFact(res, caller, { type: 'RecordArrival', occurredAt: new Date(arrivedAt), data: { batchId, ...data } });
  }

  @Post(':batchId/children/:caseId/handover')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record the handover of a child of the batch to the Social Welfare Dept., Bihar',
    description: '422 for a child not on the batch; the same handover again writes nothing, another one is refused (409).',
    body: RecordHandoverRequestDto,
    answer: { batchId: EXAMPLE.batchId, revision: 6 },
  })
  handOver(@Param() { batchId, caseId }: BatchChildParams, @Body() dto: RecordHandoverRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { handedOverAt, ...data } = plain(dto);
    return this.facts.batchFact(res, caller, { type: 'RecordHandover', occurredAt: new Date(handedOverAt), data: { batchId, caseId, ...data } });
  }
}
