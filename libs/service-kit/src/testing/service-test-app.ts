import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { AccessModule, type LocalIssuer, type Principal } from '@setu/access';
import { localIssuerOf, tokenFor } from '@setu/access/testing';
import type { EventStore, RecordedEvent } from '@setu/event-store';
import { createLogger, createSetuApp, EVENT_STORE, loadConfig, type Clock, type IdGenerator, type LogLevel } from '@setu/platform';
import { useTestDatabase, type TestDatabase } from '@setu/postgres/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { openRescueCase, type RescueCaseOptions } from './open-rescue-case';

export interface ServiceTestAppOptions {
  /** The service modules to serve. */
  readonly modules: readonly (Type | DynamicModule)[];
  /** The claims `token()` signs by default, over @setu/access's TEST_PRINCIPAL. */
  readonly principal?: Partial<Principal>;
  /** Pins "now" and ids. */
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /** Default `debug`, so that the tests see every line a request may log. */
  readonly logLevel?: LogLevel;
}

export interface ServiceTestApp {
  readonly app: INestApplication;
  readonly store: EventStore;
  /** The local issuer of the app's throwaway data folder: the issuer the app trusts. */
  readonly issuer: LocalIssuer;
  readonly dataDir: string;
  /** Every log line the app wrote, to prove that no identifying data reaches the logs. */
  readonly logLines: string[];
  http(): ReturnType<typeof request>;
  /** A bearer token for `principal` over the default claims. */
  token(principal?: Partial<Principal>): Promise<string>;
  /** A POST with the default token and any further headers. */
  post(path: string, body: object, headers?: Record<string, string>): request.Test;
  /** A GET with the default token. */
  get(path: string): request.Test;
  /** Opens a case the way the rescue service does (`rescue.ChildIdentified` on `rescue-<caseId>`). */
  openRescueCase(options?: RescueCaseOptions): Promise<string>;
  /** The events of one stream. */
  events(streamId: string): Promise<readonly RecordedEvent[]>;
  /** How many events the store holds in streams starting with `prefix`. */
  countEvents(prefix?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Service modules served by `createSetuApp` on a test database, trusting the local issuer of a
 * throwaway data folder (removed on close). Close it before the database's own `afterAll`.
 */
export async function startServiceTestApp(db: TestDatabase, options: ServiceTestAppOptions): Promise<ServiceTestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'setu-test-'));
  const config = loadConfig({ SETU_DATA_DIR: dataDir });
  const logLines: string[] = [];
  const sink = { write: (chunk: string) => void logLines.push(...chunk.split('\n').filter((line) => line !== '')) };
  const app = await createSetuApp({
    config,
    pool: db.pool,
    auth: AccessModule.forRoot(config),
    modules: options.modules,
    logger: createLogger({ logLevel: options.logLevel ?? 'debug' }, sink),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.ids === undefined ? {} : { ids: options.ids }),
  });
  const issuer = await localIssuerOf(dataDir);
  const store = app.get<EventStore>(EVENT_STORE);
  const token = (principal: Partial<Principal> = {}) => tokenFor(issuer, { ...options.principal, ...principal });
  const bearer = `Bearer ${await token()}`;
  const http = () => request(app.getHttpServer());
  return {
    app,
    store,
    issuer,
    dataDir,
    logLines,
    http,
    token,
    post: (path, body, headers = {}) => http().post(path).set({ Authorization: bearer, ...headers }).send(body),
    get: (path) => http().get(path).set('Authorization', bearer),
    openRescueCase: (caseOptions) => openRescueCase(store, caseOptions),
    events: async (streamId) => (await store.readStream(streamId)).events,
    async countEvents(prefix = '') {
      const { rows } = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM setu_events WHERE stream_id LIKE $1', [`${prefix}%`]);
      return Number(rows[0]?.n ?? 0);
    },
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `startServiceTestApp` for a test file: started in `beforeAll` on a fresh test database, and
 * closed in `afterAll` before the database is dropped. Use it between those hooks.
 */
export function useServiceTestApp(options: ServiceTestAppOptions): ServiceTestApp & { readonly db: TestDatabase } {
  let started: ServiceTestApp | undefined;
  afterAll(() => started?.close()); // declared first, so it runs before the database's own afterAll
  const db = useTestDatabase();
  beforeAll(async () => {
    started = await startServiceTestApp(db, options);
  });
  return new Proxy({} as ServiceTestApp & { readonly db: TestDatabase }, {
    get(_, key: keyof ServiceTestApp | 'db') {
      if (key === 'db') return db;
      if (started === undefined) throw new Error('The test app exists only between beforeAll and afterAll');
      return started[key];
    },
  });
}
