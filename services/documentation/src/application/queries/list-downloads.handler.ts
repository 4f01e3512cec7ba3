import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DocumentDownloaded } from '@setu/contracts';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { CASE_DIRECTORY } from '../documentation.di-tokens';
import { CaseNotFoundError } from '../documentation.errors';
import type { CaseDirectory } from '../ports/case-directory.port';
import { downloadsStream } from '../shared/caller-context';
import { ownEvents } from '../shared/own-events';
import { ListDownloadsQuery, type DownloadView } from './list-downloads.query';

@QueryHandler(ListDownloadsQuery)
export class ListDownloadsHandler implements IQueryHandler<ListDownloadsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  async execute({ caseId }: ListDownloadsQuery): Promise<readonly DownloadView[]> {
    const stream = await this.store.readStream(downloadsStream(caseId));
    if (!stream.exists && !(await this.cases.exists(caseId))) throw new CaseNotFoundError();
    return ownEvents<DocumentDownloaded>(stream.events).map(({ data: { caseId: _case, ...download } }) => download);
  }
}
