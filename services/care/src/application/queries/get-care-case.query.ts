import { Query } from '@nestjs/cqrs';
import type { Principal } from '@setu/access';
import type { Versioned } from '@setu/service-kit';
import type { CareCaseView } from '../../domain';

export class GetCareCaseQuery extends Query<Versioned<CareCaseView>> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {
    super();
  }
}
