import type { Jurisdiction } from '@setu/contracts';

/** What deciding needs to know of an operation; the full record is the view. */
interface OperationFacts {
  readonly operationId: string;
  readonly state: Jurisdiction;
  readonly districtCode: string;
  readonly startedAt: string;
  /** The latest time of anything recorded at the scene: the raid cannot have closed before it. */
  readonly lastSceneFactAt: string;
  readonly caseIds: readonly string[];
}

export type RescueOperationState =
  | { readonly status: 'none' }
  | ({ readonly status: 'open' } & OperationFacts)
  | ({ readonly status: 'closed'; readonly closedAt: string } & OperationFacts);

export type ExistingOperation = Exclude<RescueOperationState, { readonly status: 'none' }>;
