import type { Pool } from 'pg';
import type { CreatedTestDatabase, CreateTestDatabaseOptions } from './test-database';
import { createTestDatabase } from './test-database';

export interface TestDatabase {
  readonly url: string;
  readonly pool: Pool;
}

/**
 * A fresh migrated database for the calling test file: created in beforeAll, dropped in afterAll.
 * jest runs afterAll hooks of one block in declaration order, so release clients taken from `pool`
 * (subscriptions, LISTEN) in an afterAll declared before this call or inside a nested describe.
 */
export function useTestDatabase(options: CreateTestDatabaseOptions = {}): TestDatabase {
  let database: CreatedTestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(options);
  });
  afterAll(async () => {
    const current = database;
    database = undefined;
    if (current === undefined) return;
    // Ending the pool would wait for them forever, and dropping the database under them would
    // kill their sessions, which crashes the worker when they have no 'error' listener.
    const held = current.pool.totalCount - current.pool.idleCount;
    if (held > 0) {
      throw new Error(
        `${held} client(s) of the test database pool are still checked out at afterAll; release them in an afterAll that runs earlier (declared before useTestDatabase() or inside a describe)`,
      );
    }
    await current.drop();
  });
  const current = (): CreatedTestDatabase => {
    if (database === undefined) throw new Error('The test database exists only between beforeAll and afterAll');
    return database;
  };
  return {
    get url() {
      return current().url;
    },
    get pool() {
      return current().pool;
    },
  };
}
