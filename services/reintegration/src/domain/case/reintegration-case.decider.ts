import type { Decider } from '@setu/decider';
import type { ReintegrationCaseCommand } from './reintegration-case.commands';
import { decideReintegrationCase } from './reintegration-case.decide';
import type { ReintegrationCaseEvent } from './reintegration-case.events';
import { evolveReintegrationCase } from './reintegration-case.evolve';
import type { ReintegrationCaseState } from './reintegration-case.state';

/** One child's transfer, return and follow-up in the home district, stream `reintegration-<caseId>`. */
export const reintegrationCaseDecider: Decider<ReintegrationCaseCommand, ReintegrationCaseEvent, ReintegrationCaseState> = {
  decide: decideReintegrationCase,
  evolve: evolveReintegrationCase,
  initialState: () => ({ status: 'none' }),
};
