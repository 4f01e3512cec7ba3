import type { Decider } from '@setu/decider';
import type { RescueOperationCommand } from './rescue-operation.commands';
import { decideRescueOperation } from './rescue-operation.decide';
import type { RescueOperationEvent } from './rescue-operation.events';
import { evolveRescueOperation } from './rescue-operation.evolve';
import type { RescueOperationState } from './rescue-operation.state';

/** A raid on a workshop, stream `rescueop-<operationId>`. */
export const rescueOperationDecider: Decider<RescueOperationCommand, RescueOperationEvent, RescueOperationState> = {
  decide: decideRescueOperation,
  evolve: evolveRescueOperation,
  initialState: () => ({ status: 'none' }),
};
