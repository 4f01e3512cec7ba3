import { Query } from '@nestjs/cqrs';
import type { Versioned } from '@setu/service-kit';
import type { CaseDocumentsView } from './case-documents.view';

/** A child's file: documents, missing key documents, submissions. */
export class GetCaseDocumentsQuery extends Query<Versioned<CaseDocumentsView>> {
  constructor(readonly caseId: string) {
    super();
  }
}
