import { Query } from '@nestjs/cqrs';
import type { FirView } from './fir.view';

export interface Versioned<V> {
  readonly view: V;
  readonly revision: number;
}

export class GetFirQuery extends Query<Versioned<FirView>> {
  constructor(readonly firId: string) {
    super();
  }
}
