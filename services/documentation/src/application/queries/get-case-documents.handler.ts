import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { CASE_DIRECTORY } from '../documentation.di-tokens';
import { CaseNotFoundError } from '../documentation.errors';
import type { CaseDirectory } from '../ports/case-directory.port';
import { documentsStream } from '../shared/caller-context';
import { caseDocumentsView, type CaseDocumentsView } from './case-documents.view';
import { GetCaseDocumentsQuery, type Versioned } from './get-case-documents.query';

@QueryHandler(GetCaseDocumentsQuery)
export class GetCaseDocumentsHandler implements IQueryHandler<GetCaseDocumentsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  async execute({ caseId }: GetCaseDocumentsQuery): Promise<Versioned<CaseDocumentsView>> {
    const stream = await this.store.readStream(documentsStream(caseId));
    // A case with no document yet has an empty file; a case nobody opened has none.
    if (!stream.exists && !(await this.cases.exists(caseId))) throw new CaseNotFoundError();
    return { view: caseDocumentsView(caseId, stream.events), revision: stream.revision };
  }
}
