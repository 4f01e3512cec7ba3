import { PostgresEventStore } from '@setu/event-store';
import type { TestDatabase } from '@setu/postgres/testing';
import { useTestDatabase } from '@setu/postgres/testing';
import type { ProjectionRunnerOptions } from '../runner/projection-runner';
import { ProjectionRunner } from '../runner/projection-runner';

export interface RunnerHarness {
  readonly db: TestDatabase;
  readonly store: PostgresEventStore;
  /** A runner on the file's database with quick test timings; stopped by stopRunners() or after all tests. */
  runner(options: Omit<ProjectionRunnerOptions, 'pool' | 'store'>): ProjectionRunner;
  stopRunners(): Promise<void>;
}

/** A test file's database and store, and runners on them, all released before the database is dropped. */
export function useRunnerHarness(): RunnerHarness {
  const runners: ProjectionRunner[] = [];
  let store: PostgresEventStore | undefined;
  const stopRunners = async (): Promise<void> => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
  };
  afterAll(async () => {
    await stopRunners();
    await store?.close();
  });
  const db = useTestDatabase();
  beforeAll(() => {
    store = new PostgresEventStore(db.pool, { pollIntervalMs: 200 });
  });
  const current = (): PostgresEventStore => {
    if (store === undefined) throw new Error('The store exists only between beforeAll and afterAll');
    return store;
  };
  return {
    db,
    get store() {
      return current();
    },
    runner(options) {
      const runner = new ProjectionRunner({
        pool: db.pool,
        store: current(),
        batchSize: 10,
        pollIntervalMs: 200,
        standbyRetryMs: 100,
        ...options,
      });
      runners.push(runner);
      return runner;
    },
    stopRunners,
  };
}
