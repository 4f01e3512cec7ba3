import { Query } from '@nestjs/cqrs';
import type { Principal } from '@setu/access';
import type { FirView } from './fir.view';

export interface Versioned<V> {
  readonly view: V;
  /** The stream's revision; -1 when it has no events yet. */
  readonly revision: number;
}

export class GetFirQuery extends Query<Versioned<FirView>> {
  constructor(
    readonly firId: string,
    /** The reader, whose token must cover the FIR's state. */
    readonly principal: Principal,
  ) {
    super();
  }
}
