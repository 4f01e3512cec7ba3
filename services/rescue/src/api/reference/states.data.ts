import type { Jurisdiction } from '@setu/contracts';

export interface State {
  readonly code: Jurisdiction;
  readonly name: string;
  readonly nameHi: string;
}

/** The states Setu spans (contracts' JURISDICTIONS), named for people. */
export const STATES: readonly State[] = [
  { code: 'RJ', name: 'Rajasthan', nameHi: 'राजस्थान' },
  { code: 'BR', name: 'Bihar', nameHi: 'बिहार' },
];
