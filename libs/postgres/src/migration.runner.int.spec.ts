import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Pool } from 'pg';
import { createPool, MigrationError, runMigrations } from '@setu/postgres';
import type { CreatedTestDatabase } from '@setu/postgres/testing';
import { createTestDatabase } from '@setu/postgres/testing';

describe('runMigrations', () => {
  let database: CreatedTestDatabase;
  let dir: string;

  beforeEach(async () => {
    database = await createTestDatabase({ migrationsDir: null });
    dir = await mkdtemp(path.join(tmpdir(), 'setu-migrations-'));
  });

  afterEach(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const write = (name: string, sql: string): Promise<void> => writeFile(path.join(dir, name), sql);

  async function recorded(pool: Pool = database.pool): Promise<string[]> {
    const { rows } = await pool.query<{ name: string }>('SELECT name FROM setu_schema_migrations ORDER BY name');
    return rows.map((row) => row.name);
  }

  async function values(): Promise<number[]> {
    const { rows } = await database.pool.query<{ n: number }>('SELECT n FROM item ORDER BY id');
    return rows.map((row) => row.n);
  }

  async function tableExists(name: string): Promise<boolean> {
    const { rows } = await database.pool.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [name]);
    return rows[0]?.found != null;
  }

  it('applies the files in name order, each once', async () => {
    await write('010_third.sql', 'INSERT INTO item (n) VALUES (10);');
    await write('002_second.sql', 'INSERT INTO item (n) VALUES (2);');
    await write('001_first.sql', 'CREATE TABLE item (id serial PRIMARY KEY, n int NOT NULL);');
    await write('notes.txt', 'not a migration');

    await expect(runMigrations(database.pool, dir)).resolves.toEqual({
      applied: ['001_first.sql', '002_second.sql', '010_third.sql'],
    });
    await expect(runMigrations(database.pool, dir)).resolves.toEqual({ applied: [] });

    expect(await values()).toEqual([2, 10]);
    expect(await recorded()).toEqual(['001_first.sql', '002_second.sql', '010_third.sql']);
    const { rows } = await database.pool.query<{ checksum: string; applied_at: Date }>(
      'SELECT checksum, applied_at FROM setu_schema_migrations',
    );
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applied_at).toBeInstanceOf(Date);
    }
  });

  it('applies only the files added since the last run', async () => {
    await write('001_first.sql', 'CREATE TABLE item (id serial PRIMARY KEY, n int NOT NULL);');
    await runMigrations(database.pool, dir);
    await write('002_second.sql', 'INSERT INTO item (n) VALUES (2);');

    await expect(runMigrations(database.pool, dir)).resolves.toEqual({ applied: ['002_second.sql'] });
    expect(await values()).toEqual([2]);
  });

  it('throws a MigrationError naming a failing file and keeps nothing of it', async () => {
    await write('001_first.sql', 'CREATE TABLE item (id serial PRIMARY KEY, n int NOT NULL);');
    await write('002_broken.sql', 'CREATE TABLE half (n int);\nINSERT INTO item (n) VALUES (2);\nINSERT INTO missing VALUES (1);\n');
    await write('003_after.sql', 'INSERT INTO item (n) VALUES (3);');

    const failure = await runMigrations(database.pool, dir).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(MigrationError);
    const error = failure as MigrationError;
    expect(error.file).toBe('002_broken.sql');
    expect(error.message).toContain('002_broken.sql');
    expect(error.message).toContain('relation "missing" does not exist');
    expect(error.message).toContain('line 3');
    expect(await tableExists('half')).toBe(false);
    expect(await values()).toEqual([]);
    expect(await recorded()).toEqual(['001_first.sql']);

    await write('002_broken.sql', 'CREATE TABLE half (n int);\nINSERT INTO item (n) VALUES (2);\n');
    await expect(runMigrations(database.pool, dir)).resolves.toEqual({ applied: ['002_broken.sql', '003_after.sql'] });
    expect(await values()).toEqual([2, 3]);
  });

  it('refuses to run when an applied file has changed, before applying anything new', async () => {
    await write('001_first.sql', 'CREATE TABLE item (id serial PRIMARY KEY, n int NOT NULL);');
    await runMigrations(database.pool, dir);
    await write('001_first.sql', 'CREATE TABLE item (id serial PRIMARY KEY, n bigint NOT NULL);');
    await write('002_second.sql', 'INSERT INTO item (n) VALUES (2);');

    const failure = runMigrations(database.pool, dir);

    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toMatchObject({ file: '001_first.sql', message: expect.stringContaining('changed') });
    expect(await recorded()).toEqual(['001_first.sql']);
    expect(await values()).toEqual([]);
  });

  it('treats a file that only changed its line endings as unchanged', async () => {
    await write('001_first.sql', 'CREATE TABLE item (\n  id serial PRIMARY KEY,\n  n int NOT NULL\n);\n');
    await runMigrations(database.pool, dir);
    await write('001_first.sql', 'CREATE TABLE item (\r\n  id serial PRIMARY KEY,\r\n  n int NOT NULL\r\n);\r\n');

    await expect(runMigrations(database.pool, dir)).resolves.toEqual({ applied: [] });
  });

  it('rejects a .sql file not named NNN_name.sql', async () => {
    await write('event_store.sql', 'SELECT 1;');

    await expect(runMigrations(database.pool, dir)).rejects.toMatchObject({
      name: 'MigrationError',
      file: 'event_store.sql',
    });
  });

  it('applies each file once when two processes migrate at the same time', async () => {
    await write('001_first.sql', 'CREATE TABLE item (id serial PRIMARY KEY, n int NOT NULL);');
    for (let n = 2; n <= 9; n += 1) await write(`00${n}_insert.sql`, `INSERT INTO item (n) VALUES (${n});`);
    const other = createPool(database.url, { max: 1 });
    try {
      const [first, second] = await Promise.all([runMigrations(database.pool, dir), runMigrations(other, dir)]);

      expect([...first.applied, ...second.applied].sort()).toEqual(await recorded(other));
      expect(await recorded()).toHaveLength(9);
      expect(await values()).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    } finally {
      await other.end();
    }
  });
});
