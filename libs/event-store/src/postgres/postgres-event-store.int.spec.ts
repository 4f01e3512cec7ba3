import { useTestDatabase } from '@setu/postgres/testing';
import { eventStoreContract } from '@setu/event-store/testing';
import { PostgresEventStore } from './postgres-event-store';

const db = useTestDatabase();
let store: PostgresEventStore;
beforeAll(() => {
  store = new PostgresEventStore(db.pool, { pollIntervalMs: 200 });
});
afterAll(() => store.close());

eventStoreContract('postgres', { store: () => store });
