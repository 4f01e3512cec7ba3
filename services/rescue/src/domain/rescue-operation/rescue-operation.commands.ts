import type { AgencyKindCode, EvidenceCollected, OperationOpened, PersonFoundAtScene } from '@setu/contracts';
import type { Command } from '@setu/decider';

// A command's `occurredAt` is when the fact happened at the scene: the raid's start, when the
// persons were found, when the evidence was collected, and so on.

export type OpenOperation = Command<'OpenOperation', Omit<OperationOpened['data'], 'startedAt'>>;

export type PersonFound = Omit<PersonFoundAtScene['data'], 'operationId' | 'foundAt'>;
export type RecordPersonsFound = Command<'RecordPersonsFound', { readonly persons: readonly PersonFound[] }>;

export type RecordEvidence = Command<'RecordEvidence', Omit<EvidenceCollected['data'], 'operationId' | 'collectedAt'>>;

export type PremisesSealing =
  | { readonly sealed: true; readonly sealedBy: AgencyKindCode; readonly orderReference?: string }
  | { readonly sealed: false; readonly reason?: string };
export type RecordPremisesSealing = Command<'RecordPremisesSealing', PremisesSealing>;

export type RecordChildIdentified = Command<'RecordChildIdentified', { readonly caseId: string; readonly reference: string }>;

export type CloseOperation = Command<'CloseOperation', Record<string, never>>;

export type RescueOperationCommand =
  | OpenOperation
  | RecordPersonsFound
  | RecordEvidence
  | RecordPremisesSealing
  | RecordChildIdentified
  | CloseOperation;
