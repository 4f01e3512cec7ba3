import { JURISDICTIONS, type Jurisdiction } from '@setu/contracts';
import type { CallerContext } from '../../application/caller-context';
import { OneOf } from '../shared/request-fields';

/** Facts about one child: recorded under the caller's state, or the one named when the token covers both. */
export class CaseCommandRequest {
  @OneOf(JURISDICTIONS, 'the state the fact belongs to, when your token covers both', 'RJ', { optional: true }) jurisdiction?: Jurisdiction;
}

export function callerFor(caller: CallerContext, dto: CaseCommandRequest): CallerContext {
  return dto.jurisdiction === undefined ? caller : { ...caller, jurisdiction: dto.jurisdiction };
}
