import type { INestApplication } from '@nestjs/common';
import { AccessModule, type Principal } from '@setu/access';
import { localIssuerOf, tokenFor } from '@setu/access/testing';
import type { EventStore, RecordedEvent } from '@setu/event-store';
import { createLogger, createSetuApp, EVENT_STORE, loadConfig } from '@setu/platform';
import type { TestDatabase } from '@setu/postgres/testing';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { LegalModule } from '../legal.module';

export interface LegalTestApp {
  readonly app: INestApplication;
  readonly store: EventStore;
  /** A bearer token of the app's local issuer (an RJ caseworker unless told otherwise). */
  token(principal?: Partial<Principal>): Promise<string>;
  /** Opens a case the way the rescue service does: a `rescue.ChildIdentified` on `rescue-<caseId>`. */
  openCase(): Promise<string>;
  /** Every event the legal service has written, in log order. */
  legalEvents(): Promise<readonly RecordedEvent[]>;
  close(): Promise<void>;
}

/** The legal service alone, on the test database, with authentication by the local issuer. */
export async function startLegalTestApp(db: TestDatabase): Promise<LegalTestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'setu-legal-'));
  const config = loadConfig({ SETU_DATA_DIR: dataDir });
  const app = await createSetuApp({
    config,
    pool: db.pool,
    auth: AccessModule.forRoot(config),
    modules: [LegalModule],
    logger: createLogger({ logLevel: 'silent' }),
  });
  const issuer = await localIssuerOf(dataDir);
  const store = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    store,
    token: (principal = {}) => tokenFor(issuer, { role: 'caseworker', orgId: 'org-synthetic-ngo', ...principal }),
    async openCase() {
      const caseId = randomUUID();
      await store.append(
        `rescue-${caseId}`,
        [
          {
            eventId: randomUUID(),
            type: 'rescue.ChildIdentified',
            schemaVersion: 1,
            occurredAt: new Date('2026-03-01T10:00:00.000Z'),
            data: { caseId, reference: 'RJ-JPR-2026-00042' },
            metadata: {
              actor: { userId: 'rescue-officer', orgId: 'ahtu-jaipur', role: 'police' },
              jurisdiction: 'RJ',
              correlationId: randomUUID(),
              causationId: randomUUID(),
              source: 'setu.test',
            },
          },
        ],
        'no_stream',
      );
      return caseId;
    },
    async legalEvents() {
      const { rows } = await db.pool.query<{ stream_id: string }>(
        "SELECT DISTINCT stream_id FROM setu_events WHERE stream_id LIKE 'fir-%' OR stream_id LIKE 'legal-%'",
      );
      const streams = await Promise.all(rows.map((r) => store.readStream(r.stream_id)));
      return streams.flatMap((s) => s.events).sort((a, b) => a.globalPosition - b.globalPosition);
    },
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** supertest with the bearer token set. */
export function authed(app: INestApplication, token: string) {
  const http = () => request(app.getHttpServer());
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
  return {
    get: (url: string) => auth(http().get(url)),
    post: (url: string, body?: object) => auth(http().post(url)).send(body ?? {}),
  };
}
