import { AccessModule } from '@setu/access';
import { tokenFor, localIssuerOf } from '@setu/access/testing';
import { createLogger, loadConfig, startSetuServer, type SetuConfig } from '@setu/platform';
import { DatabaseUnreachableError } from '@setu/postgres';
import { useTestDatabase } from '@setu/postgres/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_MODULES } from './service-modules';

describe('the embedded runtime with DATABASE_URL', () => {
  const db = useTestDatabase();
  const logger = createLogger({ logLevel: 'silent' });
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'setu-runtime-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const start = (config: SetuConfig) =>
    startSetuServer({ config, logger, modules: SERVICE_MODULES, auth: AccessModule.forRoot(config) });

  it('serves health, docs and the JWKS on its port, then stops', async () => {
    const runtime = await start(loadConfig({ PORT: '0', SETU_DATA_DIR: dataDir, DATABASE_URL: db.url }));
    try {
      expect(runtime.embeddedDatabase).toBe(false);
      const health = await fetch(`${runtime.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ info: { database: { status: 'up' } } });
      expect((await fetch(`${runtime.url}/docs/`)).status).toBe(200);
      const doc = (await (await fetch(`${runtime.url}/docs/openapi.json`)).json()) as { openapi: string };
      expect(doc.openapi).toMatch(/^3\./);
      const jwks = await (await fetch(`${runtime.url}/.well-known/jwks.json`)).json();
      expect(jwks).toEqual((await localIssuerOf(dataDir)).jwks);
      const token = await tokenFor(await localIssuerOf(dataDir));
      const authed = await fetch(`${runtime.url}/no-such-route`, { headers: { Authorization: `Bearer ${token}` } });
      expect(authed.status).toBe(404);
    } finally {
      await runtime.stop();
    }
    await expect(fetch(`${runtime.url}/health`)).rejects.toThrow();
  });

  it('fails with one line when the database cannot be reached, and starts nothing', async () => {
    const config = loadConfig({ PORT: '0', SETU_DATA_DIR: dataDir, DATABASE_URL: 'postgres://setu:pw@127.0.0.1:1/setu' });
    const failure = await start(config).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseUnreachableError);
    expect((failure as Error).message).toBe(
      'Cannot reach PostgreSQL at 127.0.0.1:1: connection refused (nothing listens on that port) [ECONNREFUSED]',
    );
  });
});
