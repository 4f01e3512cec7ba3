import type { LogPosition } from '@setu/event-store';
import { comparePositions, START } from '@setu/event-store';
import type { ClientBase } from 'pg';
import type { ErrorDescription } from '../errors/describe-error';
import { formatError } from '../errors/describe-error';
import * as sql from './checkpoint.queries';

export type CheckpointStatus = 'running' | 'failed';

export interface Checkpoint {
  readonly name: string;
  readonly position: LogPosition;
  readonly version: number;
  readonly status: CheckpointStatus;
  /** `DatabaseError (23505)`: class and code only. */
  readonly lastError?: string;
  readonly failedEventId?: string;
  readonly updatedAt: Date;
}

interface CheckpointRow {
  name: string;
  commit_position: string;
  prepare_position: string;
  version: number;
  status: CheckpointStatus;
  last_error: string | null;
  failed_event_id: string | null;
  updated_at: Date;
}

type Queryable = Pick<ClientBase, 'query'>;

function toCheckpoint(row: CheckpointRow): Checkpoint {
  return {
    name: row.name,
    position: { commit: Number(row.commit_position), prepare: Number(row.prepare_position) },
    version: row.version,
    status: row.status,
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    ...(row.failed_event_id === null ? {} : { failedEventId: row.failed_event_id }),
    updatedAt: row.updated_at,
  };
}

export function samePosition(a: LogPosition, b: LogPosition): boolean {
  return comparePositions(a, b) === 0;
}

export function isStart(position: LogPosition): boolean {
  return samePosition(position, START);
}

/** The checkpoint, created before the log at `version` if the projection never ran. */
export async function ensureCheckpoint(db: Queryable, name: string, version: number): Promise<Checkpoint> {
  await db.query(sql.ENSURE, [name, version]);
  return (await readCheckpoint(db, name)) as Checkpoint;
}

export async function readCheckpoint(db: Queryable, name: string): Promise<Checkpoint | undefined> {
  const { rows } = await db.query<CheckpointRow>(sql.READ, [name]);
  return rows[0] === undefined ? undefined : toCheckpoint(rows[0]);
}

export async function readCheckpoints(db: Queryable, names: readonly string[]): Promise<Map<string, Checkpoint>> {
  const { rows } = await db.query<CheckpointRow>(sql.READ_MANY, [names]);
  return new Map(rows.map((row) => [row.name, toCheckpoint(row)]));
}

/** Inside a transaction: locks the row until commit and returns it as it now is. */
export async function lockCheckpoint(db: Queryable, name: string): Promise<Checkpoint | undefined> {
  const { rows } = await db.query<CheckpointRow>(sql.LOCK, [name]);
  return rows[0] === undefined ? undefined : toCheckpoint(rows[0]);
}

export async function advanceCheckpoint(db: Queryable, name: string, position: LogPosition, version: number): Promise<void> {
  await db.query(sql.ADVANCE, [name, position.commit, position.prepare, version]);
}

/** Changes the version of a checkpoint still before the log; false if it moved meanwhile. */
export async function adoptVersion(db: Queryable, name: string, from: number, to: number): Promise<boolean> {
  const { rowCount } = await db.query(sql.ADOPT_VERSION, [name, from, to]);
  return rowCount === 1;
}

export async function recordFailure(
  db: Queryable,
  name: string,
  at: LogPosition,
  eventId: string,
  error: ErrorDescription,
): Promise<void> {
  await db.query(sql.RECORD_FAILURE, [name, at.commit, at.prepare, formatError(error), eventId]);
}

export async function missingMigrations(db: Queryable, files: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(sql.APPLIED_MIGRATIONS, [files]);
  const applied = new Set(rows.map((row) => row.name));
  return files.filter((file) => !applied.has(file));
}
