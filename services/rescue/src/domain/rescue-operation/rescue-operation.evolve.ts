import { isBefore } from '../shared/time';
import type { RescueOperationEvent } from './rescue-operation.events';
import type { ExistingOperation, RescueOperationState } from './rescue-operation.state';

export function evolveRescueOperation(state: RescueOperationState, event: RescueOperationEvent): RescueOperationState {
  if (event.type === 'rescue.OperationOpened') {
    const { operationId, state: jurisdiction, districtCode, startedAt } = event.data;
    return { status: 'open', operationId, state: jurisdiction, districtCode, startedAt, lastSceneFactAt: startedAt, caseIds: [] };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'rescue.PersonFoundAtScene':
      return sceneFact(state, event.data.foundAt);
    case 'rescue.EvidenceCollected':
      return sceneFact(state, event.data.collectedAt);
    case 'rescue.PremisesSealed':
    case 'rescue.PremisesLeftUnsealed':
      return state;
    case 'rescue.ChildIdentifiedInOperation':
      return { ...sceneFact(state, event.data.identifiedAt), caseIds: [...state.caseIds, event.data.caseId] };
    case 'rescue.OperationClosed':
      return { ...state, status: 'closed', closedAt: event.data.closedAt };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

function sceneFact<S extends ExistingOperation>(state: S, at: string): S {
  return isBefore(state.lastSceneFactAt, at) ? { ...state, lastSceneFactAt: at } : state;
}
