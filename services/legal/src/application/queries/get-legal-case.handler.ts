import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { LegalCaseEvent } from '@setu/contracts';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { CASE_DIRECTORY, CaseNotFoundError, ownEvents, type CaseDirectory, type Versioned } from '@setu/service-kit';
import { requireCovers } from '../jurisdiction';
import { GetLegalCaseQuery } from './get-legal-case.query';
import { legalCaseView, type LegalCaseView } from './legal-case.view';

@QueryHandler(GetLegalCaseQuery)
export class GetLegalCaseHandler implements IQueryHandler<GetLegalCaseQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  /**
   * An unknown case is not found; reading a case takes a token for its state. A case with no
   * legal facts yet is shown empty at revision -1 (its ETag `"-1"`, to send as If-Match).
   */
  async execute({ caseId, principal }: GetLegalCaseQuery): Promise<Versioned<LegalCaseView>> {
    const opening = await this.cases.find(caseId);
    if (!opening.exists) throw new CaseNotFoundError();
    requireCovers(principal, opening.state);
    const stream = await this.store.readStream(`legal-${caseId}`);
    return { view: legalCaseView(caseId, ownEvents<LegalCaseEvent>(stream.events)), revision: stream.revision };
  }
}
