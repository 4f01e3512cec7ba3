import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { BEARER_SCHEME, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { Caller, plain, utc, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { ReintegrationCommand } from '../shared/api-docs';
import { EXAMPLE } from '../shared/examples';
import { FactRecorder } from '../shared/fact-recorder';
import { CaseParams, TransferOrderParams } from '../shared/params';
import {
  AcceptTransferRequestDto,
  OrderTransferRequestDto,
  RefuseTransferRequestDto,
  SentHomeOutsideChannelRequestDto,
} from './transfer.request.dto';

const TAG = 'reintegration: transfer';

/** Stage 7 for one child: the transfer order (JJ Act s.95) and its fate, or a return outside it. */
@ApiBearerAuth(BEARER_SCHEME)
@Controller('reintegration/cases/:caseId')
export class TransfersController {
  constructor(
    private readonly facts: FactRecorder,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post('transfer-orders')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record a CWC\'s order transferring the child to the CWC of the home district (JJ Act s.95)',
    description: 'The answer names the new order: its acceptance or refusal refers to it. The escort is due within 15 days (Model Rule 81, gap G13).',
    body: OrderTransferRequestDto,
    answer: { caseId: EXAMPLE.caseId, orderId: EXAMPLE.orderId, revision: 0 },
  })
  async order(@Param() { caseId }: CaseParams, @Body() dto: OrderTransferRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const orderId = this.ids.newId();
    const { orderedAt, ...data } = plain(dto);
    const answer = await this.facts.caseFact(res, caller, { type: 'OrderTransfer', occurredAt: new Date(orderedAt), data: { caseId, orderId, ...data } });
    return { ...answer, orderId };
  }

  @Post('transfer-orders/:orderId/acceptance')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record that the home-district CWC accepted the transfer',
    description: '422 for an order this case does not have; the same acceptance again writes nothing.',
    body: AcceptTransferRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 1 },
  })
  accept(@Param() { caseId, orderId }: TransferOrderParams, @Body() dto: AcceptTransferRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { acceptedAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'AcceptTransfer', occurredAt: new Date(acceptedAt), data: { caseId, orderId, ...data } });
  }

  @Post('transfer-orders/:orderId/refusal')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record that the home-district CWC refused the transfer',
    description: '422 for an order this case does not have; a later acceptance is still recorded.',
    body: RefuseTransferRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 1 },
  })
  refuse(@Param() { caseId, orderId }: TransferOrderParams, @Body() dto: RefuseTransferRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { refusedAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'RefuseTransfer', occurredAt: new Date(refusedAt), data: { caseId, orderId, ...data } });
  }

  @Post('sent-home-outside-channel')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record that the child was sent home outside the transfer-order channel',
    description: 'A known failure (gap G12): recorded as reported, never refused.',
    body: SentHomeOutsideChannelRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 0 },
  })
  sentHome(@Param() { caseId }: CaseParams, @Body() dto: SentHomeOutsideChannelRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { sentAt, arrivedHomeAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, {
      type: 'RecordSentHomeOutsideChannel',
      occurredAt: new Date(sentAt),
      data: { caseId, ...data, arrivedHomeAt: utc(arrivedHomeAt) },
    });
  }
}
