import type {
  ChildIdentifiedInOperation,
  EvidenceCollected,
  OperationClosed,
  OperationOpened,
  PersonFoundAtScene,
  PremisesLeftUnsealed,
  PremisesSealed,
} from '@setu/contracts';

export type RescueOperationEvent =
  | OperationOpened
  | PersonFoundAtScene
  | EvidenceCollected
  | PremisesSealed
  | PremisesLeftUnsealed
  | ChildIdentifiedInOperation
  | OperationClosed;

export const operationStreamId = (operationId: string): string => `rescueop-${operationId}`;
