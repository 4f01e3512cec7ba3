import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { STREAM_WRITER, type StreamWriter } from '@setu/service-kit';
import { operationStreamId, rescueOperationDecider } from '../../domain';
import { decideOnStream } from '../shared/decide-on-stream';
import { operationJurisdiction } from '../shared/jurisdiction';
import type { StreamOutcome } from '../shared/stream-outcome';
import { RecordOperationFactCommand } from './record-operation-fact.command';

@CommandHandler(RecordOperationFactCommand)
export class RecordOperationFactHandler implements ICommandHandler<RecordOperationFactCommand> {
  constructor(@Inject(STREAM_WRITER) private readonly writer: StreamWriter) {}

  async execute({ request, operationId, fact }: RecordOperationFactCommand): Promise<StreamOutcome> {
    const result = await decideOnStream(this.writer, rescueOperationDecider, operationStreamId(operationId), fact, request, operationJurisdiction);
    return { id: operationId, revision: result.nextExpectedRevision };
  }
}
