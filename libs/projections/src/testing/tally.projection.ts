import type { RecordedEvent } from '@setu/event-store';
import type { Pool } from 'pg';
import type { Projection, ProjectionTx } from '../projection';

/** A projection's failure, with a message quoting "personal data" that must never be stored or logged. */
export class TallyRefusedError extends Error {
  readonly code = 'TALLY_REFUSED';
  constructor(event: RecordedEvent) {
    super(`refused event ${event.eventId} for child Sita Kumari of village Rampur`);
    this.name = 'TallyRefusedError';
  }
}

export interface TallyOptions {
  readonly name?: string;
  readonly version?: number;
  readonly categories?: readonly string[];
  /** Fails, as a broken projection would, on the events it picks (after writing those before). */
  readonly refuse?: (event: RecordedEvent) => boolean;
  /** After writing a batch it picks, ends its own session: a crash before the commit. */
  readonly crashAfterApply?: (batch: readonly RecordedEvent[]) => boolean;
  /** Awaited before each batch (to hold one in flight). */
  readonly beforeApply?: (batch: readonly RecordedEvent[]) => Promise<void>;
}

const INSERT = `
  INSERT INTO setu_test_tally (event_id, stream_id, type)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
  ON CONFLICT (event_id) DO UPDATE SET applied = setu_test_tally.applied + 1`;
const COUNT = `UPDATE setu_test_tally_totals SET events = events + $1 WHERE scope = 'all'`;

async function tally(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
  if (events.length === 0) return;
  await tx.query(INSERT, [events.map((e) => e.eventId), events.map((e) => e.streamId), events.map((e) => e.type)]);
  await tx.query(COUNT, [events.length]);
}

/**
 * The runner's test projection: a row per event with how many times it took effect, and a total
 * row seeded by its migration (infra/migrations/061_projection_test_tally.sql).
 */
export function tallyProjection(options: TallyOptions = {}): Projection {
  return {
    name: options.name ?? 'tally',
    version: options.version ?? 1,
    ...(options.categories === undefined ? {} : { categories: options.categories }),
    tables: ['setu_test_tally', 'setu_test_tally_totals'],
    migrations: ['061_projection_test_tally.sql'],
    async handle(batch, tx) {
      await options.beforeApply?.(batch);
      const refused = options.refuse === undefined ? -1 : batch.findIndex(options.refuse);
      await tally(refused === -1 ? batch : batch.slice(0, refused), tx);
      if (refused !== -1) throw new TallyRefusedError(batch[refused]);
      if (options.crashAfterApply?.(batch) === true) await tx.query('SELECT pg_terminate_backend(pg_backend_pid())');
    },
    async reset(tx) {
      await tx.query('TRUNCATE setu_test_tally, setu_test_tally_totals');
      await tx.query(`INSERT INTO setu_test_tally_totals (scope, events) VALUES ('all', 0)`);
    },
  };
}

export interface TallyState {
  /** Rows, one per event applied. */
  readonly rows: number;
  /** The total row: equal to `rows` in every consistent read. */
  readonly total: number;
  /** Highest number of times one event took effect: 1 when exactly once. */
  readonly maxApplied: number;
}

/** One statement, one snapshot. */
export async function readTally(pool: Pick<Pool, 'query'>): Promise<TallyState> {
  const { rows } = await pool.query<{ rows: string; total: string | null; max_applied: number | null }>(`
    SELECT (SELECT count(*) FROM setu_test_tally) AS rows,
           (SELECT events FROM setu_test_tally_totals WHERE scope = 'all') AS total,
           (SELECT max(applied) FROM setu_test_tally) AS max_applied`);
  const row = rows[0];
  return { rows: Number(row?.rows ?? 0), total: Number(row?.total ?? -1), maxApplied: row?.max_applied ?? 0 };
}
