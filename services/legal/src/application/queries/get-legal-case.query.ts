import { Query } from '@nestjs/cqrs';
import type { Versioned } from './get-fir.query';
import type { LegalCaseView } from './legal-case.view';

export class GetLegalCaseQuery extends Query<Versioned<LegalCaseView>> {
  constructor(readonly caseId: string) {
    super();
  }
}
