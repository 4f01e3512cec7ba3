import type { LogPosition } from '@setu/event-store';
import { START } from '@setu/event-store';
import type { Pool } from 'pg';
import { readCheckpoints } from '../checkpoints/checkpoint.store';
import type { LogProbe } from '../log/log-probe';
import { measureLag, PostgresLogProbe } from '../log/log-probe';
import type { Projection } from '../projection';
import { LOCK_SPACE } from '../runner/lock-session';

/** A projection as the database shows it, whichever instance runs it: for the CLI and the API. */
export interface ProjectionReport {
  readonly name: string;
  /** The version in code. */
  readonly version: number;
  /** The version that built the rows; absent before the first run. */
  readonly builtVersion?: number;
  /** `never-run`: no checkpoint yet. */
  readonly status: 'running' | 'failed' | 'never-run';
  /** Some instance holds the projection's lock. */
  readonly active: boolean;
  /** Some session is rebuilding it. */
  readonly rebuilding: boolean;
  readonly position: LogPosition;
  readonly lagEvents: number;
  readonly lagSeconds: number;
  readonly failedEventId?: string;
  /** Error class and code. */
  readonly lastError?: string;
  readonly updatedAt?: Date;
}

const LOCKS_HELD = `
  SELECT t.name,
         EXISTS (SELECT 1 FROM pg_locks l
                  WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.database = d.oid
                    AND l.classid = $2::int4::oid AND l.objid = (hashtext(t.name)::bigint & 4294967295)::oid) AS active,
         EXISTS (SELECT 1 FROM pg_locks l
                  WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.database = d.oid
                    AND l.classid = $3::int4::oid AND l.objid = (hashtext(t.name)::bigint & 4294967295)::oid) AS rebuilding
    FROM unnest($1::text[]) AS t(name),
         (SELECT oid FROM pg_database WHERE datname = current_database()) AS d`;

export interface ReportOptions {
  readonly probe?: LogProbe;
  readonly clock?: { now(): Date };
  readonly lagCap?: number;
}

export async function reportProjections(
  pool: Pool,
  projections: readonly Projection[],
  options: ReportOptions = {},
): Promise<ProjectionReport[]> {
  const names = projections.map((p) => p.name);
  const probe = options.probe ?? new PostgresLogProbe(pool);
  const checkpoints = await readCheckpoints(pool, names);
  const { rows } = await pool.query<{ name: string; active: boolean; rebuilding: boolean }>(LOCKS_HELD, [
    names,
    LOCK_SPACE.active,
    LOCK_SPACE.rebuild,
  ]);
  const locks = new Map(rows.map((row) => [row.name, row]));
  const now = options.clock?.now() ?? new Date();
  return Promise.all(
    projections.map(async (projection): Promise<ProjectionReport> => {
      const checkpoint = checkpoints.get(projection.name);
      const position = checkpoint?.position ?? START;
      const lag = await measureLag(probe, position, projection, now, options.lagCap);
      return {
        name: projection.name,
        version: projection.version,
        status: checkpoint?.status ?? 'never-run',
        active: locks.get(projection.name)?.active === true,
        rebuilding: locks.get(projection.name)?.rebuilding === true,
        position,
        ...lag,
        ...(checkpoint === undefined
          ? {}
          : {
              builtVersion: checkpoint.version,
              updatedAt: checkpoint.updatedAt,
              ...(checkpoint.failedEventId === undefined ? {} : { failedEventId: checkpoint.failedEventId }),
              ...(checkpoint.lastError === undefined ? {} : { lastError: checkpoint.lastError }),
            }),
      };
    }),
  );
}
