import { Query } from '@nestjs/cqrs';
import type { Principal } from '@setu/access';
import type { Versioned } from '@setu/service-kit';
import type { LegalCaseView } from './legal-case.view';

export class GetLegalCaseQuery extends Query<Versioned<LegalCaseView>> {
  constructor(
    readonly caseId: string,
    /** The reader, whose token must cover the state of the child's case. */
    readonly principal: Principal,
  ) {
    super();
  }
}
