import type { Pool } from 'pg';

export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export type Claim =
  | { readonly kind: 'claimed' }
  | { readonly kind: 'in_progress' }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'replay'; readonly response: StoredResponse };

/** How long a key is remembered; a retry after this is a new request. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

const CLAIM = `
  INSERT INTO setu_idempotency_keys (user_id, key, fingerprint) VALUES ($1, $2, $3)
  ON CONFLICT (user_id, key) DO UPDATE
    SET fingerprint = excluded.fingerprint, status = NULL, headers = NULL, body = NULL, created_at = now()
    WHERE setu_idempotency_keys.created_at < now() - make_interval(hours => ${IDEMPOTENCY_RETENTION_HOURS})
  RETURNING 1`;
const EXISTING = 'SELECT fingerprint, status, headers, body FROM setu_idempotency_keys WHERE user_id = $1 AND key = $2';
const COMPLETE = 'UPDATE setu_idempotency_keys SET status = $3, headers = $4, body = $5 WHERE user_id = $1 AND key = $2';
const RELEASE = 'DELETE FROM setu_idempotency_keys WHERE user_id = $1 AND key = $2 AND status IS NULL';

/** Remembers the first response to each (user, Idempotency-Key) in PostgreSQL. */
export class IdempotencyStore {
  constructor(private readonly pool: Pool) {}

  async claim(userId: string, key: string, fingerprint: string): Promise<Claim> {
    const claimed = await this.pool.query(CLAIM, [userId, key, fingerprint]);
    if (claimed.rowCount === 1) return { kind: 'claimed' };
    const { rows } = await this.pool.query<{ fingerprint: string; status: number | null; headers: Record<string, string>; body: unknown }>(
      EXISTING,
      [userId, key],
    );
    const [row] = rows;
    if (row === undefined) return this.claim(userId, key, fingerprint); // released meanwhile
    if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (row.status === null) return { kind: 'in_progress' };
    return { kind: 'replay', response: { status: row.status, headers: row.headers, body: row.body } };
  }

  async complete(userId: string, key: string, response: StoredResponse): Promise<void> {
    await this.pool.query(COMPLETE, [userId, key, response.status, JSON.stringify(response.headers), JSON.stringify(response.body ?? null)]);
  }

  /** The first request failed: nothing was written, so a retry may run afresh. */
  async release(userId: string, key: string): Promise<void> {
    await this.pool.query(RELEASE, [userId, key]);
  }
}
