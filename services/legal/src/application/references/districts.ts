import { DISTRICTS, type Jurisdiction } from '@setu/contracts';

const STATE_BY_DISTRICT: ReadonlyMap<string, Jurisdiction> = new Map(DISTRICTS.map((d) => [d.code, d.state]));

/** The state a district code belongs to; undefined for an unknown code. */
export function stateOfDistrict(code: string): Jurisdiction | undefined {
  return STATE_BY_DISTRICT.get(code);
}
