export type * from './care.commands';
export { careDecider } from './care.decider';
export type { CareState } from './care.state';
export { careStreamId } from './care.streams';
export { careCaseView, type CareCaseView, type CarePlanView, type GoalView, type MissingEpisodeView } from './care.view';
export type { Home } from './whereabouts';
