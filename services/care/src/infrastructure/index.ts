export { EventStoreRescueCases } from './event-store-rescue-cases';
