import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore, RecordedEvent } from '@setu/event-store';
import { DomainError, EVENT_STORE } from '@setu/platform';
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
import { CASE_DIRECTORY } from '../../reintegration.di-tokens';
import type { CaseDirectory } from '../ports';
import { GetReintegrationCaseQuery, GetRepatriationBatchQuery, type Versioned } from './queries';

/** Stored events of this service's streams, typed by the contracts: reintegration is their only writer. */
function ownEvents<E extends { readonly type: string; readonly data: object }>(recorded: readonly RecordedEvent[]): E[] {
  return recorded.map(({ type, data }) => ({ type, data }) as unknown as E);
}

@QueryHandler(GetReintegrationCaseQuery)
export class GetReintegrationCaseHandler implements IQueryHandler<GetReintegrationCaseQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  /** A case known to rescue with no reintegration fact yet is shown empty at revision -1. */
  async execute({ caseId }: GetReintegrationCaseQuery): Promise<Versioned<ReintegrationCaseView>> {
    const stream = await this.store.readStream(caseStreamId(caseId));
    if (!stream.exists && !(await this.cases.exists(caseId))) {
      throw new DomainError('CASE_NOT_FOUND', 'not_found', 'No case has this id: neither the rescue nor the reintegration service opened it.');
    }
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
