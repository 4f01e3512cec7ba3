import type { LatestScores } from './domain-scores';

export type TransferDecision = 'pending' | 'accepted' | 'refused';
export type SuspicionStatus = 'open' | 'confirmed' | 'ruled_out';

/** What the decisions need to know of a child's reintegration record. */
export interface CaseRecord {
  readonly caseId: string;
  readonly transferOrders: Readonly<Record<string, TransferDecision>>;
  readonly entitlementsReceived: Readonly<Record<string, boolean>>;
  readonly threats: readonly string[];
  readonly suspicions: Readonly<Record<string, SuspicionStatus>>;
  readonly latestScores: LatestScores;
}

/** `none`: no reintegration fact yet (the case may still be known to rescue). */
export type ReintegrationCaseState =
  | { readonly status: 'none' }
  | ({ readonly status: 'open' } & CaseRecord)
  | ({ readonly status: 'closed' } & CaseRecord);
