import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand } from '@setu/decider';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { RESCUE_CASES } from '../../care.di-tokens';
import { careDecider, careStreamId } from '../../domain';
import type { RescueCases } from '../rescue-cases.port';
import { metadataOf, type FactOutcome } from '../shared/command-request';
import { assertKnownDistricts } from '../shared/district-codes';
import { caseUnknown, rejecting } from '../shared/rejections';
import { RecordCareFactCommand } from './record-care-fact.command';

@CommandHandler(RecordCareFactCommand)
export class RecordCareFactHandler implements ICommandHandler<RecordCareFactCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(RESCUE_CASES) private readonly rescueCases: RescueCases,
  ) {}

  async execute({ request, fact, factId }: RecordCareFactCommand): Promise<FactOutcome> {
    // The token's state first: a caller outside Rajasthan learns nothing of which cases exist.
    const metadata = metadataOf(request);
    assertKnownDistricts(fact);
    const { caseId } = fact.data;
    if (!(await this.rescueCases.exists(caseId))) throw caseUnknown();
    const result = await handleCommand(this.store, rejecting(careDecider), careStreamId(caseId), fact, {
      newEventId: () => this.ids.newId(),
      metadata,
      expectedRevision: request.expectedRevision,
    });
    return { caseId, ...(factId === undefined ? {} : { id: factId }), revision: result.nextExpectedRevision };
  }
}
