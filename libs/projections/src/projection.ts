import type { RecordedEvent } from '@setu/event-store';
import type { ClientBase } from 'pg';
import { ProjectionDefinitionError } from './errors/projection.errors';

/**
 * The session a projection writes through, inside the runner's transaction. It is the runner's
 * own connection (the one holding the projection's lock), not a pool client: never commit, roll
 * back or release it.
 */
export type ProjectionTx = ClientBase;

/** A read model in PostgreSQL, built from the log by the ProjectionRunner. */
export interface Projection {
  /** Stable: names the checkpoint, the locks and the metrics. Lower-case words joined by '-'. */
  readonly name: string;
  /** Bump it when `handle` would build different rows: the runner then rebuilds from zero. */
  readonly version: number;
  /** Stream categories it reads; all when absent. */
  readonly categories?: readonly string[];
  /** Event types it reads; all when absent. */
  readonly types?: readonly string[];
  /**
   * The tables it writes, unqualified. A rebuild replays into empty copies of them and swaps the
   * copies in, so `handle` and `reset` must name them unqualified (they are found through
   * search_path) and write no other table.
   */
  readonly tables: readonly string[];
  /** Files of infra/migrations that create or change those tables: the runner refuses to start without them. */
  readonly migrations: readonly string[];
  /** Applies a batch of events, in log order, inside the runner's transaction. */
  handle(batch: readonly RecordedEvent[], tx: ProjectionTx): Promise<void>;
  /** Brings its tables back to their state before the first event, seeded rows included. */
  reset(tx: ProjectionTx): Promise<void>;
}

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const TABLE = /^[a-z_][a-z0-9_]*$/;
/** Leaves room for the `setu_rebuild_` prefix of the shadow schema within PostgreSQL's 63 bytes. */
const MAX_NAME = 48;

/** Checks the definitions the runner and the CLI share: sound names, versions, and no table owned twice. */
export function checkProjections(projections: readonly Projection[]): readonly Projection[] {
  const names = new Set<string>();
  const owners = new Map<string, string>();
  for (const projection of projections) {
    const { name, version, tables } = projection;
    const fail = (reason: string): never => {
      throw new ProjectionDefinitionError(name, reason);
    };
    if (!NAME.test(name) || name.length > MAX_NAME) fail(`name must be lower-case words joined by '-', at most ${MAX_NAME} characters`);
    if (names.has(name)) fail('name is used twice');
    names.add(name);
    if (!Number.isInteger(version) || version < 1) fail('version must be an integer of at least 1');
    if (tables.length === 0) fail('it must name its tables');
    for (const table of tables) {
      if (!TABLE.test(table) || table.length > 63) fail(`table "${table}" must be an unqualified lower-case name`);
      const owner = owners.get(table);
      if (owner !== undefined) fail(`table "${table}" is also written by "${owner}"`);
      owners.set(table, name);
    }
    for (const filter of [projection.categories, projection.types]) {
      if (filter !== undefined && filter.length === 0) fail('an empty category or type list would read nothing; omit it to read all');
    }
  }
  return projections;
}

/** The schema a rebuild replays into: one per projection, so two rebuilds never meet. */
export function shadowSchemaOf(name: string): string {
  return `setu_rebuild_${name.replace(/-/g, '_')}`;
}

/** Where the replaced tables go for the instant of the swap. */
export function retiredSchemaOf(name: string): string {
  return `setu_retired_${name.replace(/-/g, '_')}`;
}
