import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FirEvent } from '@setu/contracts';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { FirNotFoundError } from '../references/legal.errors';
import { GetFirQuery, type Versioned } from './get-fir.query';
import { firView, type FirView } from './fir.view';
import { ownEvents } from './own-events';

@QueryHandler(GetFirQuery)
export class GetFirHandler implements IQueryHandler<GetFirQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ firId }: GetFirQuery): Promise<Versioned<FirView>> {
    const stream = await this.store.readStream(`fir-${firId}`);
    const view = firView(ownEvents<FirEvent>(stream.events));
    if (view === undefined) throw new FirNotFoundError();
    return { view, revision: stream.revision };
  }
}
