import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { jurisdictionOf } from '@setu/access';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import type { Versioned } from '@setu/service-kit';
import {
  caseNotFound,
  caseStreamId,
  operationNotFound,
  operationStreamId,
  rescueCaseDecider,
  rescueCaseView,
  rescueOperationDecider,
  rescueOperationView,
  type RescueCaseView,
  type RescueOperationView,
} from '../../domain';
import { loadStream } from '../shared/load-stream';
import { GetRescueCaseQuery } from './get-rescue-case.query';
import { GetRescueOperationQuery } from './get-rescue-operation.query';

// Reading a record takes a token for the state it belongs to, as writing it does.

@QueryHandler(GetRescueOperationQuery)
export class GetRescueOperationHandler implements IQueryHandler<GetRescueOperationQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ principal, operationId }: GetRescueOperationQuery): Promise<Versioned<RescueOperationView>> {
    const { events, revision } = await loadStream(this.store, rescueOperationDecider, operationStreamId(operationId));
    const view = rescueOperationView(events);
    if (view === undefined) throw operationNotFound();
    jurisdictionOf(principal, view.state);
    return { view, revision };
  }
}

@QueryHandler(GetRescueCaseQuery)
export class GetRescueCaseHandler implements IQueryHandler<GetRescueCaseQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ principal, caseId }: GetRescueCaseQuery): Promise<Versioned<RescueCaseView>> {
    const { events, revision } = await loadStream(this.store, rescueCaseDecider, caseStreamId(caseId));
    const view = rescueCaseView(events);
    if (view === undefined) throw caseNotFound();
    jurisdictionOf(principal, view.rescueState);
    return { view, revision };
  }
}
