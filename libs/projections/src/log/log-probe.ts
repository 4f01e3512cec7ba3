import type { LogPosition } from '@setu/event-store';
import type { Pool } from 'pg';
import type { PageFilter } from '../runner/page-reader';

export interface Behind {
  /** Events the filter selects after the position and visible to readers (at most the cap asked for). */
  readonly events: number;
  /** When the oldest of them was recorded. */
  readonly oldestRecordedAt?: Date;
}

/** How far the log runs past a position: for lag metrics and rebuild progress. */
export interface LogProbe {
  behind(after: LogPosition, filter: PageFilter, cap?: number): Promise<Behind>;
}

/**
 * Counts in setu_events with the store's own visibility rule (docs/architecture.md, "Log order and
 * positions"). The EventStore port has no way to count without reading every event; this belongs
 * on the port, beside readAll, when the port next changes.
 */
const BEHIND = `
  WITH horizon AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
  SELECT count(*) AS events, min(b.recorded_at) AS oldest
    FROM (SELECT e.recorded_at
            FROM setu_events e, horizon
           WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
             AND e.transaction_id < horizon.xmin
             AND ($3::text[] IS NULL OR e.category = ANY($3))
             AND ($4::text[] IS NULL OR e.type = ANY($4))
           ORDER BY e.transaction_id, e.global_position
           LIMIT $5) b`;

export class PostgresLogProbe implements LogProbe {
  constructor(private readonly pool: Pool) {}

  async behind(after: LogPosition, filter: PageFilter, cap?: number): Promise<Behind> {
    const { rows } = await this.pool.query<{ events: string; oldest: Date | null }>(BEHIND, [
      String(after.commit),
      after.prepare,
      filter.categories ?? null,
      filter.types ?? null,
      cap ?? null,
    ]);
    const row = rows[0];
    const events = Number(row?.events ?? 0);
    return row?.oldest == null ? { events } : { events, oldestRecordedAt: row.oldest };
  }
}

export interface Lag {
  readonly lagEvents: number;
  /** Age of the oldest event not yet applied; 0 when none is waiting. */
  readonly lagSeconds: number;
}

/** Default cap of the count: beyond it the gauge says "at least this many". */
export const LAG_CAP = 100_000;

export async function measureLag(probe: LogProbe, after: LogPosition, filter: PageFilter, now: Date, cap = LAG_CAP): Promise<Lag> {
  const behind = await probe.behind(after, filter, cap);
  const oldest = behind.oldestRecordedAt?.getTime();
  const lagSeconds = behind.events === 0 || oldest === undefined ? 0 : Math.max(0, (now.getTime() - oldest) / 1000);
  return { lagEvents: behind.events, lagSeconds };
}
