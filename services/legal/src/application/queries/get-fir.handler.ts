import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FirEvent } from '@setu/contracts';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { ownEvents, type Versioned } from '@setu/service-kit';
import { requireCovers } from '../jurisdiction';
import { FirNotFoundError } from '../references/legal.errors';
import { GetFirQuery } from './get-fir.query';
import { firView, type FirView } from './fir.view';

@QueryHandler(GetFirQuery)
export class GetFirHandler implements IQueryHandler<GetFirQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Reading a FIR takes a token for its state, as writing on it does. */
  async execute({ firId, principal }: GetFirQuery): Promise<Versioned<FirView>> {
    const stream = await this.store.readStream(`fir-${firId}`);
    const view = firView(ownEvents<FirEvent>(stream.events));
    if (view === undefined) throw new FirNotFoundError();
    requireCovers(principal, view.state);
    return { view, revision: stream.revision };
  }
}
