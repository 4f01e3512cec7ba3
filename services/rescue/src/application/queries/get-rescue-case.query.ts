import { Query } from '@nestjs/cqrs';
import type { Principal } from '@setu/access';
import type { RescueCaseView } from '../../domain';
import type { Versioned } from './get-rescue-operation.query';

export class GetRescueCaseQuery extends Query<Versioned<RescueCaseView>> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {
    super();
  }
}
