import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { jurisdictionOf } from '@setu/access';
import type { CareEvent } from '@setu/contracts';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { ownEvents, type Versioned } from '@setu/service-kit';
import { careCaseView, careStreamId, type CareCaseView } from '../../domain';
import { CARE_JURISDICTION } from '../shared/care-source';
import { careRecordNotFound } from '../shared/rejections';
import { GetCareCaseQuery } from './get-care-case.query';

// Reading a record takes a token for the state it belongs to, as writing it does.

@QueryHandler(GetCareCaseQuery)
export class GetCareCaseHandler implements IQueryHandler<GetCareCaseQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ principal, caseId }: GetCareCaseQuery): Promise<Versioned<CareCaseView>> {
    jurisdictionOf(principal, CARE_JURISDICTION);
    const stream = await this.store.readStream(careStreamId(caseId));
    const view = careCaseView(ownEvents<CareEvent>(stream.events));
    if (view === undefined) throw careRecordNotFound();
    return { view, revision: stream.revision };
  }
}
