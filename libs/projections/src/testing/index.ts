export { eventually } from './eventually';
export { readTally, TallyRefusedError, tallyProjection, type TallyOptions, type TallyState } from './tally.projection';
export { useRunnerHarness, type RunnerHarness } from './use-runner-harness';
