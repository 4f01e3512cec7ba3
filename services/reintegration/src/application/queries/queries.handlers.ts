import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { DomainError, EVENT_STORE } from '@setu/platform';
import { CASE_DIRECTORY, ownEvents, readCaseStream, type CaseDirectory, type Versioned } from '@setu/service-kit';
import {
  batchStreamId,
  caseStreamId,
  reintegrationCaseView,
  repatriationBatchView,
  type ReintegrationCaseEvent,
  type ReintegrationCaseView,
  type RepatriationBatchEvent,
  type RepatriationBatchView,
} from '../../domain';
import { GetReintegrationCaseQuery, GetRepatriationBatchQuery } from './queries';

const NOT_OPENED = 'No case has this id: neither the rescue nor the reintegration service opened it.';

@QueryHandler(GetReintegrationCaseQuery)
export class GetReintegrationCaseHandler implements IQueryHandler<GetReintegrationCaseQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  /** A case known to rescue with no reintegration fact yet is shown empty at revision -1. */
  async execute({ caseId }: GetReintegrationCaseQuery): Promise<Versioned<ReintegrationCaseView>> {
    const stream = await readCaseStream(this.store, this.cases, caseStreamId(caseId), caseId, NOT_OPENED);
    return { view: reintegrationCaseView(caseId, ownEvents<ReintegrationCaseEvent>(stream.events)), revision: stream.revision };
  }
}

@QueryHandler(GetRepatriationBatchQuery)
export class GetRepatriationBatchHandler implements IQueryHandler<GetRepatriationBatchQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ batchId }: GetRepatriationBatchQuery): Promise<Versioned<RepatriationBatchView>> {
    const stream = await this.store.readStream(batchStreamId(batchId));
    const view = repatriationBatchView(ownEvents<RepatriationBatchEvent>(stream.events));
    if (view === undefined) throw new DomainError('BATCH_NOT_FOUND', 'not_found', 'No repatriation batch has this id.');
    return { view, revision: stream.revision };
  }
}
