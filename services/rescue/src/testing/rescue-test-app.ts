import type { INestApplication } from '@nestjs/common';
import { AccessModule, type LocalIssuer, type Principal } from '@setu/access';
import { localIssuerOf, tokenFor } from '@setu/access/testing';
import { createLogger, createSetuApp, loadConfig } from '@setu/platform';
import type { TestDatabase } from '@setu/postgres/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { RescueModule } from '../rescue.module';

export interface RescueTestApp {
  readonly app: INestApplication;
  readonly issuer: LocalIssuer;
  /** Every log line the app wrote, to prove that no identifying data reaches the logs. */
  readonly logLines: string[];
  http(): ReturnType<typeof request>;
  token(principal?: Partial<Principal>): Promise<string>;
  /** A POST with the default token (an RJ rescue officer) and any further headers. */
  post(path: string, body: object, headers?: Record<string, string>): request.Test;
  get(path: string): request.Test;
  /** How many events the store holds in streams starting with `prefix`. */
  countEvents(prefix?: string): Promise<number>;
  close(): Promise<void>;
}

/** The rescue service on the test database, trusting the local issuer of a throwaway data folder. */
export async function startRescueTestApp(db: TestDatabase): Promise<RescueTestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'setu-rescue-'));
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
    modules: [RescueModule],
    logger: createLogger({ logLevel: 'debug' }, sink),
  });
  const issuer = await localIssuerOf(dataDir);
  const token = (principal: Partial<Principal> = {}) => tokenFor(issuer, { role: 'rescue_officer', states: ['RJ'], ...principal });
  const bearer = `Bearer ${await token()}`;
  const http = () => request(app.getHttpServer());
  return {
    app,
    issuer,
    logLines,
    http,
    token,
    post: (path, body, headers = {}) => http().post(path).set({ Authorization: bearer, ...headers }).send(body),
    get: (path) => http().get(path).set('Authorization', bearer),
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
