import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { operationStreamId, rescueOperationDecider } from '../../domain';
import type { StreamOutcome } from '../shared/command-request';
import { decideOnStream } from '../shared/decide-on-stream';
import { operationJurisdiction } from '../shared/jurisdiction';
import { RecordOperationFactCommand } from './record-operation-fact.command';

@CommandHandler(RecordOperationFactCommand)
export class RecordOperationFactHandler implements ICommandHandler<RecordOperationFactCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ request, operationId, fact }: RecordOperationFactCommand): Promise<StreamOutcome> {
    const streamId = operationStreamId(operationId);
    const result = await decideOnStream({ store: this.store, ids: this.ids }, rescueOperationDecider, streamId, fact, request, operationJurisdiction);
    return { id: operationId, revision: result.nextExpectedRevision };
  }
}
