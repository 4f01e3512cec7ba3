import type { Jurisdiction } from '@setu/contracts';

export type RescueCaseState =
  | { readonly status: 'none' }
  | {
      readonly status: 'identified';
      readonly caseId: string;
      readonly reference: string;
      readonly rescueState: Jurisdiction;
      /** Every step of the case follows the rescue. */
      readonly rescuedAt: string;
      /** The first production before a CWC: no order of a committee precedes it. */
      readonly firstProducedAt: string | null;
    };
