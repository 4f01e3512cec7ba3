import { Query } from '@nestjs/cqrs';
import type { Principal } from '@setu/access';
import type { RescueOperationView } from '../../domain';

export interface Versioned<V> {
  readonly view: V;
  readonly revision: number;
}

export class GetRescueOperationQuery extends Query<Versioned<RescueOperationView>> {
  constructor(
    readonly principal: Principal,
    readonly operationId: string,
  ) {
    super();
  }
}
