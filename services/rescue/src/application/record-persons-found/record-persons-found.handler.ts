import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertKnownCodes, STREAM_WRITER, type StreamWriter } from '@setu/service-kit';
import { operationStreamId, rescueOperationDecider } from '../../domain';
import { decideOnStream } from '../shared/decide-on-stream';
import { operationJurisdiction } from '../shared/jurisdiction';
import { RecordPersonsFoundCommand, type PersonsFoundOutcome } from './record-persons-found.command';

@CommandHandler(RecordPersonsFoundCommand)
export class RecordPersonsFoundHandler implements ICommandHandler<RecordPersonsFoundCommand> {
  constructor(@Inject(STREAM_WRITER) private readonly writer: StreamWriter) {}

  async execute({ request, operationId, input }: RecordPersonsFoundCommand): Promise<PersonsFoundOutcome> {
    assertKnownCodes(
      input.persons.map((p, i) => ({ kind: 'district', field: `persons[${i}].homeDistrictCode`, code: p.homeDistrictCode })),
    );
    const persons = input.persons.map((person) => ({ ...person, personId: this.writer.ids.newId() }));
    const result = await decideOnStream(
      this.writer,
      rescueOperationDecider,
      operationStreamId(operationId),
      { type: 'RecordPersonsFound', occurredAt: input.foundAt, data: { persons } },
      request,
      operationJurisdiction,
    );
    return { id: operationId, revision: result.nextExpectedRevision, personIds: persons.map((p) => p.personId) };
  }
}
