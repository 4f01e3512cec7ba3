import type { Pool } from 'pg';
import type { DataKeyStore, ErasureRecord, StoredDataKey } from './data-key-store.port';

interface Row {
  readonly wrapped_key: Buffer | null;
  readonly wrapped_by: string | null;
  readonly erased_at: Date | null;
}

const FIND = 'SELECT wrapped_key, wrapped_by, erased_at FROM setu_data_keys WHERE case_id = $1';
const INSERT = `
  INSERT INTO setu_data_keys (case_id, wrapped_key, wrapped_by) VALUES ($1, $2, $3)
  ON CONFLICT (case_id) DO NOTHING
  RETURNING wrapped_key, wrapped_by, erased_at`;
// The old tuple keeps the wrapped key until VACUUM; it is useless without the master key, and
// VACUUM (autovacuum, or an explicit one after erasures) removes it.
const DESTROY = 'UPDATE setu_data_keys SET wrapped_key = NULL, erased_at = now() WHERE case_id = $1 AND erased_at IS NULL RETURNING erased_at';
const TOMBSTONE = `
  INSERT INTO setu_data_keys (case_id, wrapped_key, wrapped_by, erased_at) VALUES ($1, NULL, NULL, now())
  ON CONFLICT (case_id) DO NOTHING
  RETURNING erased_at`;
const WRAPPING_KEY_IDS = 'SELECT DISTINCT wrapped_by FROM setu_data_keys WHERE wrapped_key IS NOT NULL';

function toStored(row: Row): StoredDataKey {
  if (row.erased_at !== null) return { status: 'erased', erasedAt: row.erased_at };
  return { status: 'live', wrappedKey: row.wrapped_key as Buffer, wrappedBy: row.wrapped_by as string };
}

/** Wrapped data keys in `setu_data_keys` (infra/migrations/040_privacy_data_keys.sql). */
export class PostgresDataKeyStore implements DataKeyStore {
  constructor(private readonly pool: Pool) {}

  async find(caseId: string): Promise<StoredDataKey | undefined> {
    const { rows } = await this.pool.query<Row>(FIND, [caseId]);
    return rows[0] === undefined ? undefined : toStored(rows[0]);
  }

  async insertIfAbsent(caseId: string, wrappedKey: Buffer, wrappedBy: string): Promise<StoredDataKey> {
    const { rows } = await this.pool.query<Row>(INSERT, [caseId, wrappedKey, wrappedBy]);
    if (rows[0] !== undefined) return toStored(rows[0]);
    // Another writer stored one first: everyone uses that one.
    return (await this.find(caseId)) as StoredDataKey;
  }

  async erase(caseId: string): Promise<ErasureRecord> {
    // A key created between the two statements makes the tombstone conflict: then destroy it.
    for (;;) {
      const destroyed = await this.pool.query<{ erased_at: Date }>(DESTROY, [caseId]);
      if (destroyed.rows[0] !== undefined) return { erasedAt: destroyed.rows[0].erased_at, destroyedKey: true };
      const tombstone = await this.pool.query<{ erased_at: Date }>(TOMBSTONE, [caseId]);
      if (tombstone.rows[0] !== undefined) return { erasedAt: tombstone.rows[0].erased_at, destroyedKey: false };
      const existing = await this.find(caseId);
      if (existing?.status === 'erased') return { erasedAt: existing.erasedAt, destroyedKey: false };
    }
  }

  async wrappingKeyIds(): Promise<readonly string[]> {
    const { rows } = await this.pool.query<{ wrapped_by: string }>(WRAPPING_KEY_IDS);
    return rows.map((row) => row.wrapped_by);
  }
}
