export * from './event';
export * from './event-store.port';
export * from './errors';
export { MAX_BATCH_EVENTS, MAX_EVENT_BYTES } from './validate-events';
export { InMemoryEventStore } from './in-memory/in-memory-event-store';
export { PostgresEventStore } from './postgres/postgres-event-store';
export type { PostgresEventStoreOptions } from './postgres/postgres-event-store';
