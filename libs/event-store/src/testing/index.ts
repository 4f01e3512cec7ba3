export { eventStoreContract } from './event-store.contract';
export type { ContractSubject } from './event-store.contract';
export { freshStream, sampleEvent, sampleEvents } from './sample-events';
