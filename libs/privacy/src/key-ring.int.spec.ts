import { createKeyRing, KeyErasedError, MasterKeyMismatchError, PostgresDataKeyStore } from '@setu/privacy';
import { useTestDatabase } from '@setu/postgres/testing';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const caseId = '0195f3a0-7c2e-7b41-9a3d-2f1e0c9b8a71';
const otherCase = '0195f3a0-7c2e-7b41-9a3d-2f1e0c9b8a72';

describe('KeyRing on PostgreSQL', () => {
  const db = useTestDatabase();
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'setu-privacy-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('creates the master key file once, mode 0600 in a 0700 folder, and reuses it', async () => {
    const warnings: unknown[] = [];
    const ring = await createKeyRing({ env: {}, dataDir, pool: db.pool, logger: { warn: (o: unknown) => warnings.push(o) } });
    const file = join(dataDir, 'keys', 'master.key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'keys'))).mode & 0o777).toBe(0o700);
    expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')).toHaveLength(32);
    expect(warnings).toHaveLength(1);

    const sealed = await ring.encrypt(caseId, 'Rahul Kumar (synthetic)', 'name');
    const again = await createKeyRing({ env: {}, dataDir, pool: db.pool });
    expect((await again.decrypt(caseId, sealed, 'name')).toString()).toBe('Rahul Kumar (synthetic)');
  });

  it('keeps only the wrapped key in the table, never the plaintext key or data', async () => {
    const ring = await createKeyRing({ env: {}, dataDir, pool: db.pool });
    const key = await ring.dataKeyFor(caseId);
    const { rows } = await db.pool.query<{ wrapped_key: Buffer; wrapped_by: string }>(
      'SELECT wrapped_key, wrapped_by FROM setu_data_keys WHERE case_id = $1',
      [caseId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.wrapped_key.length).toBe(1 + 12 + 32 + 16);
    expect(rows[0]?.wrapped_by).toMatch(/^local:[0-9a-f]{16}$/);
    expect(key.decrypt(key.encrypt('x')).toString()).toBe('x');
  });

  it('gives concurrent first users of a case the same key', async () => {
    const ring = await createKeyRing({ env: {}, dataDir, pool: db.pool });
    const keys = await Promise.all(Array.from({ length: 8 }, () => ring.dataKeyFor(otherCase)));
    const sealed = keys[0].encrypt('synthetic');
    for (const key of keys) expect(key.decrypt(sealed).toString()).toBe('synthetic');
  });

  it('erases a key for good: the row keeps a tombstone and no key material', async () => {
    const ring = await createKeyRing({ env: {}, dataDir, pool: db.pool });
    const sealed = await ring.encrypt(caseId, 'Gaya (synthetic)', 'village');

    const erased = await ring.erase(caseId);
    expect(erased.destroyedKey).toBe(true);
    await expect(ring.decrypt(caseId, sealed, 'village')).rejects.toThrow(KeyErasedError);
    await expect(ring.dataKeyFor(caseId)).rejects.toThrow(KeyErasedError);
    const { rows } = await db.pool.query('SELECT wrapped_key, erased_at FROM setu_data_keys WHERE case_id = $1', [caseId]);
    expect(rows).toEqual([{ wrapped_key: null, erased_at: erased.erasedAt }]);
    expect((await ring.erase(caseId)).destroyedKey).toBe(false);
    expect((await new PostgresDataKeyStore(db.pool).find(caseId))?.status).toBe('erased');
  });

  it('refuses to start with a master key that did not wrap the stored keys', async () => {
    const other = Buffer.alloc(32, 3).toString('base64');
    await expect(createKeyRing({ env: { SETU_MASTER_KEY: other }, dataDir, pool: db.pool })).rejects.toThrow(MasterKeyMismatchError);
    const fileKey = (await readFile(join(dataDir, 'keys', 'master.key'), 'utf8')).trim();
    const rotated = await createKeyRing({ env: { SETU_MASTER_KEY: other, SETU_MASTER_KEYS_RETIRED: fileKey }, dataDir, pool: db.pool });
    await expect(rotated.dataKeyFor(otherCase)).resolves.toBeDefined();
  });
});
