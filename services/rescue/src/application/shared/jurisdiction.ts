import type { Jurisdiction } from '@setu/contracts';
import { caseNotFound, operationNotFound, type ExistingOperation, type RescueCaseState, type RescueOperationState } from '../../domain';

export function existingOperation(state: RescueOperationState): ExistingOperation {
  if (state.status === 'none') throw operationNotFound();
  return state;
}

/** The state an operation's facts belong to: the state of the workshop. */
export function operationJurisdiction(state: RescueOperationState): Jurisdiction {
  return existingOperation(state).state;
}

/** The state a case's facts belong to: the state of the rescue. */
export function caseJurisdiction(state: RescueCaseState): Jurisdiction {
  if (state.status === 'none') throw caseNotFound();
  return state.rescueState;
}
