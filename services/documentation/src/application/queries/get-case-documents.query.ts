import { Query } from '@nestjs/cqrs';
import type { CaseDocumentsView } from './case-documents.view';

export interface Versioned<V> {
  readonly view: V;
  /** The stream's revision (-1: no documents yet): the ETag, and the next If-Match. */
  readonly revision: number;
}

/** A child's file: documents, missing key documents, submissions. */
export class GetCaseDocumentsQuery extends Query<Versioned<CaseDocumentsView>> {
  constructor(readonly caseId: string) {
    super();
  }
}
