import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Jurisdiction } from '@setu/contracts';
import { handleCommand } from '@setu/decider';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { operationStreamId, rescueOperationDecider } from '../../domain';
import { metadataOf, type StreamOutcome } from '../shared/command-request';
import { assertKnownCodes, stateOfDistrict } from '../shared/reference-codes';
import { rejecting } from '../shared/rejections';
import { OpenRescueOperationCommand } from './open-rescue-operation.command';

@CommandHandler(OpenRescueOperationCommand)
export class OpenRescueOperationHandler implements ICommandHandler<OpenRescueOperationCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ request, input }: OpenRescueOperationCommand): Promise<StreamOutcome> {
    const { startedAt, ...data } = input;
    assertKnownCodes([{ kind: 'district', field: 'districtCode', code: data.districtCode }]);
    const state = stateOfDistrict(data.districtCode) as Jurisdiction;
    const operationId = this.ids.newId();
    const result = await handleCommand(
      this.store,
      rejecting(rescueOperationDecider),
      operationStreamId(operationId),
      { type: 'OpenOperation', occurredAt: startedAt, data: { ...data, operationId, state } },
      { newEventId: () => this.ids.newId(), metadata: metadataOf(request, state), expectedRevision: 'no_stream' },
    );
    return { id: operationId, revision: result.nextExpectedRevision };
  }
}
