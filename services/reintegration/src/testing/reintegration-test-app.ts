import type { INestApplication } from '@nestjs/common';
import { AccessModule, type Principal } from '@setu/access';
import { localIssuerOf, tokenFor } from '@setu/access/testing';
import { REINTEGRATION_EVENTS } from '@setu/contracts';
import type { EventStore, RecordedEvent } from '@setu/event-store';
import { createLogger, createSetuApp, EVENT_STORE, loadConfig } from '@setu/platform';
import type { TestDatabase } from '@setu/postgres/testing';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { ReintegrationModule } from '../reintegration.module';

export interface ReintegrationTestApp {
  readonly app: INestApplication;
  readonly store: EventStore;
  /** Every log line the app wrote, to prove that no identifying data reaches the logs. */
  readonly logLines: string[];
  http(): ReturnType<typeof request>;
  /** A bearer token of the app's local issuer: a Bihar fieldworker unless told otherwise. */
  token(principal?: Partial<Principal>): Promise<string>;
  /** Opens a case the way the rescue service does: a `rescue.ChildIdentified` on `rescue-<caseId>`. */
  openRescueCase(): Promise<string>;
  /** The events of one stream. */
  events(streamId: string): Promise<readonly RecordedEvent[]>;
  /** How many events the store holds in streams starting with `prefix`. */
  countEvents(prefix: string): Promise<number>;
  close(): Promise<void>;
}

/** The reintegration service alone, on the test database, with authentication by the local issuer. */
export async function startReintegrationTestApp(db: TestDatabase): Promise<ReintegrationTestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'setu-reintegration-'));
  const config = loadConfig({ SETU_DATA_DIR: dataDir });
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split('\n').filter((line) => line !== ''));
      done();
    },
  });
  const app = await createSetuApp({
    config,
    pool: db.pool,
    auth: AccessModule.forRoot(config),
    modules: [ReintegrationModule],
    logger: createLogger({ logLevel: 'debug' }, sink),
  });
  const issuer = await localIssuerOf(dataDir);
  const store = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    store,
    logLines,
    http: () => request(app.getHttpServer()),
    token: (principal = {}) => tokenFor(issuer, { userId: 'fw-anita', orgId: 'org-ngo-gaya', role: 'fieldworker', states: ['BR'], ...principal }),
    async openRescueCase() {
      const caseId = randomUUID();
      const metadata = {
        actor: { userId: 'rescue-officer', orgId: 'ahtu-jaipur', role: 'police' },
        jurisdiction: 'RJ' as const,
        correlationId: randomUUID(),
        causationId: randomUUID(),
        source: 'setu.test',
      };
      const event = { type: 'rescue.ChildIdentified', schemaVersion: 1, occurredAt: new Date('2026-03-10T05:00:00.000Z'), data: { caseId }, metadata };
      await store.append(`rescue-${caseId}`, [event], 'no_stream');
      return caseId;
    },
    events: async (streamId) => (await store.readStream(streamId)).events,
    async countEvents(prefix) {
      const { rows } = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM setu_events WHERE stream_id LIKE $1', [`${prefix}%`]);
      return Number(rows[0]?.n ?? 0);
    },
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const validators = new Map(REINTEGRATION_EVENTS.map((definition) => [definition.type, ajv.compile(definition.schema)]));

/** The schema errors of stored events against their contracts (empty: all valid). */
export function contractViolations(events: readonly RecordedEvent[]): string[] {
  return events.flatMap((event) => {
    const validate = validators.get(event.type as (typeof REINTEGRATION_EVENTS)[number]['type']);
    if (validate === undefined) return [`${event.type}: not a reintegration event`];
    return validate(event.data) ? [] : [`${event.type}: ${ajv.errorsText(validate.errors)}`];
  });
}
