import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DocumentDownloaded } from '@setu/contracts';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { CASE_DIRECTORY, ownEvents, readCaseStream, type CaseDirectory } from '@setu/service-kit';
import { downloadsStream } from '../shared/documentation-streams';
import { ListDownloadsQuery, type DownloadView } from './list-downloads.query';

@QueryHandler(ListDownloadsQuery)
export class ListDownloadsHandler implements IQueryHandler<ListDownloadsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  async execute({ caseId }: ListDownloadsQuery): Promise<readonly DownloadView[]> {
    const stream = await readCaseStream(this.store, this.cases, downloadsStream(caseId), caseId);
    return ownEvents<DocumentDownloaded>(stream.events).map(({ data: { caseId: _case, ...download } }) => download);
  }
}
