import type { Jurisdiction } from '@setu/contracts';
import type { CallerContext } from '@setu/service-kit';

/** The state a committee's facts belong to (`RJ-JPR` → RJ), if the caller may record in it. */
export function jurisdictionOfDistrict(caller: CallerContext, district: string): Jurisdiction | undefined {
  const state = caller.principal.states.find((s) => district.startsWith(`${s}-`));
  return state ?? caller.jurisdiction;
}
