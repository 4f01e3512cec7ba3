import { Query } from '@nestjs/cqrs';
import type { Principal } from '@setu/access';
import type { Versioned } from '@setu/service-kit';
import type { RescueOperationView } from '../../domain';

export class GetRescueOperationQuery extends Query<Versioned<RescueOperationView>> {
  constructor(
    readonly principal: Principal,
    readonly operationId: string,
  ) {
    super();
  }
}
