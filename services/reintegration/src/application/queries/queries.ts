import { Query } from '@nestjs/cqrs';
import type { Versioned } from '@setu/service-kit';
import type { ReintegrationCaseView, RepatriationBatchView } from '../../domain';

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
