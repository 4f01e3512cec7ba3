import { Query } from '@nestjs/cqrs';
import type { ReintegrationCaseView, RepatriationBatchView } from '../../domain';

/** A view with its stream's revision, the `ETag` (-1: no event yet). */
export interface Versioned<V> {
  readonly view: V;
  readonly revision: number;
}

export class GetReintegrationCaseQuery extends Query<Versioned<ReintegrationCaseView>> {
  constructor(readonly caseId: string) {
    super();
  }
}

export class GetRepatriationBatchQuery extends Query<Versioned<RepatriationBatchView>> {
  constructor(readonly batchId: string) {
    super();
  }
}
