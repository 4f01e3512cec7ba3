import type { INestApplication } from '@nestjs/common';
import { AccessModule, type Principal } from '@setu/access';
import { localIssuerOf, tokenFor } from '@setu/access/testing';
import { createLogger, createSetuApp, loadConfig } from '@setu/platform';
import type { TestDatabase } from '@setu/postgres/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LegalModule } from '@setu/legal';
import { RescueModule, type RescueCaseView, type RescueOperationView } from '@setu/rescue';

export type { RescueCaseView, RescueOperationView };

export interface JourneyApp {
  readonly app: INestApplication;
  /** A bearer token of the app's local issuer, valid long enough for a slow journey. */
  token(principal: Pick<Principal, 'userId' | 'orgId' | 'role' | 'states'> & Partial<Principal>): Promise<string>;
  close(): Promise<void>;
}

/** Rescue and legal in one app, as `npm start` serves them, on the test database. */
export async function startJourneyApp(db: TestDatabase): Promise<JourneyApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'setu-journey-'));
  const config = loadConfig({ SETU_DATA_DIR: dataDir });
  const app = await createSetuApp({
    config,
    pool: db.pool,
    auth: AccessModule.forRoot(config),
    modules: [RescueModule, LegalModule],
    logger: createLogger({ logLevel: 'silent' }),
  });
  const issuer = await localIssuerOf(dataDir);
  return {
    app,
    token: (principal) => tokenFor(issuer, principal, 1800),
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
