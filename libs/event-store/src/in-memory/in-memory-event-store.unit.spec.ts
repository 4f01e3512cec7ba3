import { eventStoreContract } from '@setu/event-store/testing';
import { InMemoryEventStore } from './in-memory-event-store';

let store: InMemoryEventStore;
beforeEach(() => {
  store = new InMemoryEventStore();
});
afterEach(() => store.close());

eventStoreContract('in-memory', { store: () => store });
