import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { AccessModule, type Principal } from '@setu/access';
import { localIssuerOf, tokenFor } from '@setu/access/testing';
import { createLogger, createSetuApp, loadConfig, type Clock, type IdGenerator } from '@setu/platform';
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

export interface JourneyAppOptions {
  /** The service modules to serve; rescue and legal when absent. */
  readonly modules?: readonly (Type | DynamicModule)[];
  /** Pins "now" (and ids) for the services that read them. */
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
}

/** Services in one app, as `npm start` serves them (rescue and legal by default), on the test database. */
export async function startJourneyApp(db: TestDatabase, options: JourneyAppOptions = {}): Promise<JourneyApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'setu-journey-'));
  const config = loadConfig({ SETU_DATA_DIR: dataDir });
  const app = await createSetuApp({
    config,
    pool: db.pool,
    auth: AccessModule.forRoot(config),
    modules: options.modules ?? [RescueModule, LegalModule],
    logger: createLogger({ logLevel: 'silent' }),
    clock: options.clock,
    ids: options.ids,
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
