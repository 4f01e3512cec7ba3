import { Query } from '@nestjs/cqrs';
import type { Principal } from '@setu/access';
import type { Versioned } from '@setu/service-kit';
import type { RescueCaseView } from '../../domain';

export class GetRescueCaseQuery extends Query<Versioned<RescueCaseView>> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {
    super();
  }
}
