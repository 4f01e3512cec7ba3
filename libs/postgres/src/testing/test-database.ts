import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { Client, escapeIdentifier } from 'pg';
import { createPool, MIGRATIONS_DIR, runMigrations } from '../index';

export interface CreatedTestDatabase {
  readonly url: string;
  readonly pool: Pool;
  /** Closes the pool and drops the database, even with sessions still open. */
  drop(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** Server to create the database on; default SETU_TEST_ADMIN_URL (set by the jest global setup). */
  adminUrl?: string;
  /** Migrations to apply; default the real ones (MIGRATIONS_DIR); null for an empty database. */
  migrationsDir?: string | null;
}

async function asAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh database with a random name, migrated, with an open pool. */
export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<CreatedTestDatabase> {
  const adminUrl = options.adminUrl ?? process.env.SETU_TEST_ADMIN_URL;
  if (adminUrl === undefined || adminUrl === '') {
    throw new Error(
      'SETU_TEST_ADMIN_URL is not set: run under the jest integration project (tests/support/global-setup.ts) or pass adminUrl',
    );
  }
  const name = `setu_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE ${escapeIdentifier(name)}`);
  const url = databaseUrl(adminUrl, name);
  const pool = createPool(url, { applicationName: 'setu-test' });

  let dropping: Promise<void> | undefined;
  const drop = (): Promise<void> =>
    (dropping ??= (async () => {
      await pool.end();
      await asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`);
    })());

  const migrationsDir = options.migrationsDir === undefined ? MIGRATIONS_DIR : options.migrationsDir;
  if (migrationsDir !== null) {
    try {
      await runMigrations(pool, migrationsDir);
    } catch (error) {
      await drop();
      throw error;
    }
  }
  return { url, pool, drop };
}
