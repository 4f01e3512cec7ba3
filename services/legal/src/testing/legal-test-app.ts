import type { INestApplication } from '@nestjs/common';
import { AccessModule, type Principal } from '@setu/access';
import { localIssuerOf, tokenFor } from '@setu/access/testing';
import { ChildIdentified, ReintegrationCaseOpened, type Jurisdiction } from '@setu/contracts';
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
  /**
   * Opens a case the way the rescue service does: a `rescue.ChildIdentified` on `rescue-<caseId>`
   * (by default identified on 1 February 2026 in Jaipur, RJ, a child from Gaya, Bihar); or, with
   * `by: 'reintegration'`, as reintegration does for a child who came home with no record.
   */
  openCase(options?: OpenCaseOptions): Promise<string>;
  /** Every event the legal service has written, in log order. */
  legalEvents(): Promise<readonly RecordedEvent[]>;
  close(): Promise<void>;
}

export interface OpenCaseOptions {
  readonly by?: 'rescue' | 'reintegration';
  /** The opening event's `occurredAt`: when the child was identified (or first met at home). */
  readonly openedAt?: string;
  /** The state the case is opened under (the rescue's); BR for reintegration. */
  readonly state?: Jurisdiction;
  /** The child's home district, or null for a home not known. */
  readonly homeDistrict?: string | null;
}

/** When the cases `openCase` opens are opened, unless told otherwise: 1 February 2026, 10:00 IST. */
export const CASE_OPENED_AT = '2026-02-01T04:30:00.000Z';

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
    async openCase({ by = 'rescue', openedAt = CASE_OPENED_AT, homeDistrict = 'BR-GAY', ...options }: OpenCaseOptions = {}) {
      const caseId = randomUUID();
      const state = options.state ?? (by === 'rescue' ? 'RJ' : 'BR');
      // Only the fields legal reads, and enough to tell the story: not a full event of either schema.
      const home = homeDistrict === null ? {} : { districtCode: homeDistrict };
      const data =
        by === 'rescue'
          ? { caseId, reference: 'RJ-JPR-2026-00042', rescueState: state, rescuedAt: openedAt, identifiedAt: openedAt, home: { ...home, ...(homeDistrict === null ? {} : { state: homeDistrict.slice(0, 2) }) } }
          : { caseId, reference: 'BR-GAY-2026-00007', identifiedAt: openedAt, home };
      await store.append(
        `${by}-${caseId}`,
        [
          {
            eventId: randomUUID(),
            type: by === 'rescue' ? ChildIdentified.type : ReintegrationCaseOpened.type,
            schemaVersion: 1,
            occurredAt: new Date(openedAt),
            data,
            metadata: {
              actor: by === 'rescue' ? { userId: 'rescue-officer', orgId: 'ahtu-jaipur', role: 'police' } : { userId: 'fieldworker', orgId: 'ngo-gaya', role: 'ngo-caseworker' },
              jurisdiction: state,
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
