import { Query } from '@nestjs/cqrs';
import type { Principal } from '@setu/access';
import type { Versioned } from '@setu/service-kit';
import type { FirView } from './fir.view';

export class GetFirQuery extends Query<Versioned<FirView>> {
  constructor(
    readonly firId: string,
    /** The reader, whose token must cover the FIR's state. */
    readonly principal: Principal,
  ) {
    super();
  }
}
