import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Jurisdiction } from '@setu/contracts';
import { assertKnownCodes, recordOnStream, stateOfDistrict, STREAM_WRITER, type StreamWriter } from '@setu/service-kit';
import { operationStreamId, rescueOperationDecider } from '../../domain';
import type { StreamOutcome } from '../shared/stream-outcome';
import { OpenRescueOperationCommand } from './open-rescue-operation.command';

@CommandHandler(OpenRescueOperationCommand)
export class OpenRescueOperationHandler implements ICommandHandler<OpenRescueOperationCommand> {
  constructor(@Inject(STREAM_WRITER) private readonly writer: StreamWriter) {}

  async execute({ request, input }: OpenRescueOperationCommand): Promise<StreamOutcome> {
    const { startedAt, ...data } = input;
    assertKnownCodes([{ kind: 'district', field: 'districtCode', code: data.districtCode }]);
    const state = stateOfDistrict(data.districtCode) as Jurisdiction;
    const operationId = this.writer.ids.newId();
    const result = await recordOnStream(
      this.writer,
      rescueOperationDecider,
      operationStreamId(operationId),
      { type: 'OpenOperation', occurredAt: startedAt, data: { ...data, operationId, state } },
      request,
      { jurisdiction: state, expectedRevision: 'no_stream' },
    );
    return { id: operationId, revision: result.nextExpectedRevision };
  }
}
