import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { CASE_DIRECTORY, readCaseStream, type CaseDirectory, type Versioned } from '@setu/service-kit';
import { documentsStream } from '../shared/documentation-streams';
import { caseDocumentsView, type CaseDocumentsView } from './case-documents.view';
import { GetCaseDocumentsQuery } from './get-case-documents.query';

@QueryHandler(GetCaseDocumentsQuery)
export class GetCaseDocumentsHandler implements IQueryHandler<GetCaseDocumentsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  async execute({ caseId }: GetCaseDocumentsQuery): Promise<Versioned<CaseDocumentsView>> {
    // A case with no document yet has an empty file; a case nobody opened has none.
    const stream = await readCaseStream(this.store, this.cases, documentsStream(caseId), caseId);
    return { view: caseDocumentsView(caseId, stream.events), revision: stream.revision };
  }
}
