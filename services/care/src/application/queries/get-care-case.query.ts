import { Query } from '@nestjs/cqrs';
import type { Principal } from '@setu/access';
import type { CareCaseView } from '../../domain';

export interface Versioned<V> {
  readonly view: V;
  readonly revision: number;
}

export class GetCareCaseQuery extends Query<Versioned<CareCaseView>> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {
    super();
  }
}
