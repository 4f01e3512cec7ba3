export { RescueModule } from './rescue.module';
export { STATES, type State } from './api/reference/states.data';
export type { RescueCaseView, RescueOperationView } from './domain';
