import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { operationStreamId, rescueOperationDecider } from '../../domain';
import { decideOnStream } from '../shared/decide-on-stream';
import { operationJurisdiction } from '../shared/jurisdiction';
import { assertKnownCodes } from '../shared/reference-codes';
import { RecordPersonsFoundCommand, type PersonsFoundOutcome } from './record-persons-found.command';

@CommandHandler(RecordPersonsFoundCommand)
export class RecordPersonsFoundHandler implements ICommandHandler<RecordPersonsFoundCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ request, operationId, input }: RecordPersonsFoundCommand): Promise<PersonsFoundOutcome> {
    assertKnownCodes(
      input.persons.map((p, i) => ({ kind: 'district', field: `persons[${i}].homeDistrictCode`, code: p.homeDistrictCode })),
    );
    const persons = input.persons.map((person) => ({ ...person, personId: this.ids.newId() }));
    const result = await decideOnStream(
      { store: this.store, ids: this.ids },
      rescueOperationDecider,
      operationStreamId(operationId),
      { type: 'RecordPersonsFound', occurredAt: input.foundAt, data: { persons } },
      request,
      operationJurisdiction,
    );
    return { id: operationId, revision: result.nextExpectedRevision, personIds: persons.map((p) => p.personId) };
  }
}
