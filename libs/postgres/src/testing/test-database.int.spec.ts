import { readdir } from 'node:fs/promises';
import { Client } from 'pg';
import { MIGRATIONS_DIR } from '@setu/postgres';
import { createTestDatabase, useTestDatabase } from '@setu/postgres/testing';

async function databaseExists(name: string): Promise<boolean> {
  const admin = new Client({ connectionString: process.env.SETU_TEST_ADMIN_URL });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount === 1;
  } finally {
    await admin.end();
  }
}

describe('useTestDatabase', () => {
  const db = useTestDatabase();

  it('gives the file its own database with the real migrations applied', async () => {
    const { rows } = await db.pool.query<{ name: string }>('SELECT current_database() AS name');
    const migrated = await db.pool.query<{ name: string }>('SELECT name FROM setu_schema_migrations ORDER BY name');
    const files = (await readdir(MIGRATIONS_DIR)).filter((file) => file.endsWith('.sql')).sort();

    expect(rows[0]?.name).toMatch(/^setu_test_[0-9a-f]{12}$/);
    expect(new URL(db.url).pathname).toBe(`/${rows[0]?.name}`);
    expect(migrated.rows.map((row) => row.name)).toEqual(files);
  });
});

describe('createTestDatabase', () => {
  it('creates a database and drops it even while a session is still open on it', async () => {
    const database = await createTestDatabase({ migrationsDir: null });
    const name = new URL(database.url).pathname.slice(1);
    const lingering = new Client({ connectionString: database.url });
    lingering.on('error', () => undefined);
    await lingering.connect();
    expect(await databaseExists(name)).toBe(true);

    await database.drop();

    expect(await databaseExists(name)).toBe(false);
    await lingering.end().catch(() => undefined);
  });

  it('names the missing admin URL instead of connecting somewhere', async () => {
    await expect(createTestDatabase({ adminUrl: '' })).rejects.toThrow('SETU_TEST_ADMIN_URL');
  });
});
