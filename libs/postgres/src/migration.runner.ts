import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Pool, PoolClient } from 'pg';
import { MigrationError } from './migration.error';
import { MIGRATIONS_DIR } from './migrations-dir';

const MIGRATION_FILE = /^\d+_[\w.-]+\.sql$/;

// One session holds this lock for the whole run, so processes starting together apply each file once.
const LOCK = "SELECT pg_advisory_lock(hashtext('setu_schema_migrations'))";
const UNLOCK = "SELECT pg_advisory_unlock(hashtext('setu_schema_migrations'))";
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS setu_schema_migrations (
  name text PRIMARY KEY,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;
const SELECT_APPLIED = 'SELECT name, checksum FROM setu_schema_migrations';
const RECORD_APPLIED = 'INSERT INTO setu_schema_migrations (name, checksum) VALUES ($1, $2)';

interface Migration {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

function checksumOf(sql: string): string {
  // Line endings depend on the checkout, not on the migration.
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

async function readMigrations(directory: string): Promise<Migration[]> {
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith('.sql'));
  } catch (error) {
    throw new MigrationError(directory, `cannot read the migrations directory (${String(error)})`, { cause: error });
  }
  const misnamed = names.find((name) => !MIGRATION_FILE.test(name));
  if (misnamed !== undefined) throw new MigrationError(misnamed, 'name must look like NNN_name.sql');
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(directory, name), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

function failureReason(error: unknown, sql: string): string {
  if (!(error instanceof Error)) return String(error);
  const { position } = error as { position?: string };
  const offset = Number(position);
  if (!Number.isInteger(offset) || offset <= 0) return error.message;
  const line = sql.slice(0, offset - 1).split('\n').length;
  return `${error.message} (line ${line})`;
}

async function apply(client: PoolClient, migration: Migration): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(migration.sql);
    await client.query(RECORD_APPLIED, [migration.name, migration.checksum]);
    await client.query('COMMIT');
  } catch (error) {
    // If even ROLLBACK fails the session is discarded by the caller, which aborts the transaction.
    await client.query('ROLLBACK').catch(() => undefined);
    throw new MigrationError(migration.name, failureReason(error, migration.sql), { cause: error });
  }
}

async function migrate(client: PoolClient, migrations: readonly Migration[]): Promise<string[]> {
  await client.query(CREATE_TABLE);
  const { rows } = await client.query<{ name: string; checksum: string }>(SELECT_APPLIED);
  const applied = new Map(rows.map((row) => [row.name, row.checksum]));
  // Every applied file is checked before anything new runs.
  for (const { name, checksum } of migrations) {
    const recorded = applied.get(name);
    if (recorded !== undefined && recorded !== checksum) {
      throw new MigrationError(
        name,
        `changed after it was applied (recorded checksum ${recorded.slice(0, 12)}, file now ${checksum.slice(0, 12)}); add a new migration instead`,
      );
    }
  }
  const pending = migrations.filter(({ name }) => !applied.has(name));
  for (const migration of pending) await apply(client, migration);
  return pending.map(({ name }) => name);
}

/** Applies the `NNN_name.sql` files of `directory` not yet applied, in name order, one transaction each. */
export async function runMigrations(pool: Pool, directory: string = MIGRATIONS_DIR): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(directory);
  const client = await pool.connect();
  try {
    await client.query(LOCK);
    const applied = await migrate(client, migrations);
    await client.query(UNLOCK);
    client.release();
    return { applied };
  } catch (error) {
    // Ending the session releases the advisory lock and whatever state the failure left behind.
    client.release(true);
    throw error;
  }
}
