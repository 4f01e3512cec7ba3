import { JURISDICTIONS, type Jurisdiction } from '@setu/contracts';
import { OneOfField, type CallerContext } from '@setu/service-kit';

/** Facts about one child: recorded under the caller's state, or the one named when the token covers both. */
export class CaseCommandRequest {
  @OneOfField(JURISDICTIONS, { description: 'the state the fact belongs to, when your token covers both', example: 'RJ', optional: true }) jurisdiction?: Jurisdiction;
}

export function callerFor(caller: CallerContext, dto: CaseCommandRequest): CallerContext {
  return dto.jurisdiction === undefined ? caller : { ...caller, jurisdiction: dto.jurisdiction };
}
