import type { Decider } from '@setu/decider';
import type { RescueCaseCommand } from './rescue-case.commands';
import { decideRescueCase } from './rescue-case.decide';
import type { RescueCaseEvent } from './rescue-case.events';
import { evolveRescueCase } from './rescue-case.evolve';
import type { RescueCaseState } from './rescue-case.state';

/** One child's rescue and the steps right after it, stream `rescue-<caseId>`. */
export const rescueCaseDecider: Decider<RescueCaseCommand, RescueCaseEvent, RescueCaseState> = {
  decide: decideRescueCase,
  evolve: evolveRescueCase,
  initialState: () => ({ status: 'none' }),
};
