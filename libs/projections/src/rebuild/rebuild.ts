import type { EventStore, LogPosition, RecordedEvent } from '@setu/event-store';
import { comparePositions, START } from '@setu/event-store';
import type { ClientBase, ClientConfig } from 'pg';
import { escapeIdentifier } from 'pg';
import { ensureCheckpoint, advanceCheckpoint, lockCheckpoint } from '../checkpoints/checkpoint.store';
import { describeError } from '../errors/describe-error';
import {
  ProjectionFailedError,
  ProjectionSetupError,
  RebuildAbortedError,
  RebuildInProgressError,
  RebuildSwapError,
} from '../errors/projection.errors';
import type { LogProbe } from '../log/log-probe';
import type { ProjectionLogger } from '../logger';
import type { Projection } from '../projection';
import { retiredSchemaOf, shadowSchemaOf } from '../projection';
import { BatchRolledBackError } from '../runner/batch-transaction';
import { LockSession } from '../runner/lock-session';
import { PageReader } from '../runner/page-reader';
import type { IndexShape } from './index-pairing';
import { pairIndexes } from './index-pairing';
import * as sql from './rebuild.queries';

export interface RebuildProgress {
  readonly projection: string;
  /** `replaying` into the shadow tables, `swapping` them in, `done`. */
  readonly phase: 'replaying' | 'swapping' | 'done';
  /** Events applied to the shadow tables so far. */
  readonly applied: number;
  /** Events to replay, as counted at the start; it grows with the log while the rebuild runs. */
  readonly total: number;
}

export interface RebuildOptions {
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Aborting drops the shadow tables; the live ones stay as they were. */
  readonly signal?: AbortSignal;
}

export interface RebuildResult {
  readonly projection: string;
  readonly version: number;
  readonly events: number;
  readonly position: LogPosition;
}

export interface RebuildDeps {
  readonly store: EventStore;
  readonly clientConfig: ClientConfig;
  readonly probe: LogProbe;
  readonly logger: ProjectionLogger;
  readonly batchSize: number;
  /** How long the swap waits for readers of the live tables before it lets them go and tries again. */
  readonly swapLockTimeoutMs: number;
  readonly swapAttempts: number;
}

interface LiveTable {
  readonly name: string;
  readonly oid: string;
  readonly schema: string;
}

interface TableRow {
  name: string;
  oid: string | null;
  schema: string | null;
  kind: string | null;
  row_security: boolean | null;
  has_triggers: boolean | null;
  has_foreign_keys: boolean | null;
  has_materialized_views: boolean | null;
}

const LOCK_TIMEOUT = '55P03';
/** The swap catches up at most this many pages while it holds the checkpoint; more, and it lets go and catches up outside. */
const SWAP_CATCH_UP_PAGES = 2;

const id = escapeIdentifier;

/**
 * Replays a projection from the start of the log into shadow copies of its tables (schema
 * `setu_rebuild_<name>`, found first through search_path), in small committed batches, while the
 * live tables keep serving and, if an instance runs the projection, keep advancing. Then, in one
 * short transaction holding the checkpoint row: catches the copies up to the live checkpoint,
 * swaps them in by schema moves, gives their indexes the original names, points dependent views
 * at them, drops the old tables and stores the new checkpoint and version. Readers see the old
 * rows until that commit and the new ones after it; a live instance finds its checkpoint moved
 * and resumes from the new one.
 */
export async function rebuildProjection(projection: Projection, deps: RebuildDeps, options: RebuildOptions = {}): Promise<RebuildResult> {
  const session = await LockSession.open(deps.clientConfig, `setu-projection-rebuild:${projection.name}`);
  try {
    if (!(await session.tryLock('rebuild', projection.name))) throw new RebuildInProgressError(projection.name);
    const rebuild = new ShadowRebuild(projection, deps, session, options);
    try {
      return await rebuild.run();
    } catch (error) {
      if (session.alive) await rebuild.dropShadow().catch(() => undefined);
      throw error;
    }
  } finally {
    await session.close();
  }
}

class ShadowRebuild {
  private readonly shadow: string;
  private readonly retired: string;
  private readonly client: ClientBase;
  private basePath = '';
  private position: LogPosition = START;
  private applied = 0;
  private total = 0;

  constructor(
    private readonly projection: Projection,
    private readonly deps: RebuildDeps,
    private readonly session: LockSession,
    private readonly options: RebuildOptions,
  ) {
    this.client = session.client;
    this.shadow = shadowSchemaOf(projection.name);
    this.retired = retiredSchemaOf(projection.name);
  }

  async run(): Promise<RebuildResult> {
    const { projection, deps, client } = this;
    const tables = await this.inspect();
    await ensureCheckpoint(client, projection.name, projection.version);
    this.basePath = (await client.query<{ value: string }>(sql.SEARCH_PATH, ['search_path'])).rows[0]?.value ?? 'public';
    this.total = (await deps.probe.behind(START, projection)).events;
    deps.logger.info({ projection: projection.name, version: projection.version, events: this.total }, 'projection rebuild started');
    await this.createShadow(tables);
    this.report('replaying');
    await this.catchUp();
    for (const table of projection.tables) await client.query(`ANALYZE ${id(this.shadow)}.${id(table)}`);
    this.report('swapping');
    for (let attempt = 1; ; attempt += 1) {
      if (await this.swap(tables)) break;
      if (attempt >= deps.swapAttempts) {
        throw new RebuildSwapError(projection.name, attempt);
      }
      await this.catchUp();
    }
    this.report('done');
    deps.logger.info({ projection: projection.name, version: projection.version, events: this.applied }, 'projection rebuilt and swapped in');
    return { projection: projection.name, version: projection.version, events: this.applied, position: this.position };
  }

  async dropShadow(): Promise<void> {
    await this.client.query('ROLLBACK').catch(() => undefined);
    await this.client.query(`DROP SCHEMA IF EXISTS ${id(this.shadow)} CASCADE`);
  }

  private async inspect(): Promise<LiveTable[]> {
    const { rows } = await this.client.query<TableRow>(sql.INSPECT_TABLES, [this.projection.tables]);
    return rows.map((row) => {
      const refuse = (reason: string): never => {
        throw new ProjectionSetupError(this.projection.name, `table "${row.name}" ${reason}`);
      };
      if (row.oid === null || row.schema === null) return refuse('does not exist (is its migration applied?)');
      if (row.kind !== 'r') refuse('is not a plain table (partitioned tables and views cannot be rebuilt by copy)');
      if (row.schema === this.shadow || row.schema === this.retired) refuse('resolves to a rebuild schema');
      if (row.has_triggers === true) refuse('has triggers, which a rebuild copy would not carry');
      if (row.has_foreign_keys === true) refuse('has foreign keys, which a rebuild copy would not carry');
      if (row.row_security === true) refuse('has row security, which a rebuild copy would not carry');
      if (row.has_materialized_views === true) refuse('has materialized views over it; use plain views');
      return { name: row.name, oid: row.oid, schema: row.schema };
    });
  }

  /** Empty copies (columns, defaults, constraints, indexes, identity, comments), then the projection's own reset. */
  private async createShadow(tables: readonly LiveTable[]): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(`DROP SCHEMA IF EXISTS ${id(this.shadow)} CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS ${id(this.retired)} CASCADE`);
      await client.query(`CREATE SCHEMA ${id(this.shadow)}`);
      for (const table of tables) {
        await client.query(`CREATE TABLE ${id(this.shadow)}.${id(table.name)} (LIKE ${id(table.schema)}.${id(table.name)} INCLUDING ALL)`);
      }
      await this.useShadow(client);
      await this.projection.reset(client);
    });
  }

  /** Applies pages to the shadow until one comes back short. */
  private async catchUp(): Promise<void> {
    const reader = new PageReader(this.deps.store, this.projection, this.deps.batchSize, () => 0, this.position);
    for (;;) {
      if (this.options.signal?.aborted === true) throw new RebuildAbortedError(this.projection.name);
      const page = await reader.next();
      if (page.events.length > 0) await this.applyToShadow(page.events);
      this.position = page.position;
      this.report('replaying');
      if (!page.full) return;
    }
  }

  private async applyToShadow(events: readonly RecordedEvent[]): Promise<void> {
    try {
      await this.transaction(async (client) => {
        await this.useShadow(client);
        await this.projection.handle(events, client);
      });
      this.applied += events.length;
    } catch (batchError) {
      if (!this.session.alive) throw batchError;
      if (events.length === 1) {
        const [event] = events as [RecordedEvent];
        throw new ProjectionFailedError(this.projection.name, event.eventId, event.type, describeError(batchError));
      }
      // One event per transaction, to name the failing one; the shadow is dropped anyway if one fails.
      for (const event of events) await this.applyToShadow([event]);
    }
  }

  /** True when swapped; false when the locks were not to be had in time or the live checkpoint ran ahead. */
  private async swap(tables: readonly LiveTable[]): Promise<boolean> {
    const { projection, client } = this;
    const before = { position: this.position, applied: this.applied };
    let swapped: boolean;
    try {
      swapped = await this.transaction(async () => {
        await client.query(sql.SET_LOCAL, ['lock_timeout', `${this.deps.swapLockTimeoutMs}ms`]);
        const live = await lockCheckpoint(client, projection.name);
        if (live !== undefined && !(await this.catchUpTo(live.position))) return false;
        const views = await client.query<{ name: string; definition: string; options: string[] | null }>(sql.DEPENDENT_VIEWS, [
          tables.map((t) => t.oid),
        ]);
        await client.query(`CREATE SCHEMA ${id(this.retired)}`);
        for (const t of tables) await client.query(`ALTER TABLE ${id(t.schema)}.${id(t.name)} SET SCHEMA ${id(this.retired)}`);
        for (const t of tables) await client.query(`ALTER TABLE ${id(this.shadow)}.${id(t.name)} SET SCHEMA ${id(t.schema)}`);
        for (const t of tables) await this.renameIndexes(t);
        for (const view of views.rows) {
          const withOptions = view.options === null || view.options.length === 0 ? '' : ` WITH (${view.options.join(', ')})`;
          await client.query(`CREATE OR REPLACE VIEW ${view.name}${withOptions} AS ${view.definition.trim().replace(/;$/, '')}`);
        }
        for (const t of tables) await client.query(`DROP TABLE ${id(this.retired)}.${id(t.name)}`);
        await client.query(`DROP SCHEMA ${id(this.retired)}`);
        await client.query(`DROP SCHEMA ${id(this.shadow)}`);
        await advanceCheckpoint(client, projection.name, this.position, projection.version);
        return true;
      });
    } catch (error) {
      if ((error as { code?: unknown }).code !== LOCK_TIMEOUT) throw error;
      swapped = false;
    }
    if (!swapped) Object.assign(this, before);
    return swapped;
  }

  /**
   * Inside the swap, with the checkpoint row locked: brings the copies up to where the live tables
   * are, so readers never step back in time. A live instance waits on the row meanwhile.
   */
  private async catchUpTo(target: LogPosition): Promise<boolean> {
    const { client, projection } = this;
    if (comparePositions(this.position, target) >= 0) return true;
    await this.useShadow(client);
    for (let pages = 0; comparePositions(this.position, target) < 0; pages += 1) {
      if (pages === SWAP_CATCH_UP_PAGES) return false;
      const page = await this.deps.store.readAll(this.position, {
        categories: projection.categories,
        types: projection.types,
        limit: this.deps.batchSize,
      });
      // A failing event is left to the catch-up outside, which names it.
      if (page.events.length > 0 && !(await projection.handle(page.events, client).then(() => true, () => false))) return false;
      if (comparePositions(page.position, this.position) <= 0) break;
      this.position = page.position;
      this.applied += page.events.length;
    }
    await client.query(sql.SET_LOCAL, ['search_path', this.basePath]);
    return true;
  }

  private async renameIndexes(table: LiveTable): Promise<void> {
    const { client } = this;
    const indexesOf = async (oid: string): Promise<IndexShape[]> => (await client.query<IndexShape>(sql.INDEXES, [oid])).rows;
    const next = (await client.query<{ oid: string }>(sql.TABLE_OID, [`${id(table.schema)}.${id(table.name)}`])).rows[0]?.oid ?? '';
    const renames = pairIndexes(await indexesOf(table.oid), await indexesOf(next));
    // Through temporary names: one copy's generated name can be another original's.
    const temporary = renames.map((rename, i) => ({ ...rename, via: `setu_swap_${i}` }));
    for (const r of temporary) await client.query(`ALTER INDEX ${id(table.schema)}.${id(r.from)} RENAME TO ${id(r.via)}`);
    for (const r of temporary) await client.query(`ALTER INDEX ${id(table.schema)}.${id(r.via)} RENAME TO ${id(r.to)}`);
  }

  private async useShadow(client: ClientBase): Promise<void> {
    await client.query(sql.SET_LOCAL, ['search_path', `${id(this.shadow)}, ${this.basePath}`]);
  }

  private async transaction<T>(work: (client: ClientBase) => Promise<T>): Promise<T> {
    const { client } = this;
    await client.query('BEGIN');
    try {
      const result = await work(client);
      if (result === false) {
        await client.query('ROLLBACK');
        return result;
      }
      const commit = await client.query('COMMIT');
      if (commit.command !== 'COMMIT') throw new BatchRolledBackError();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  private report(phase: RebuildProgress['phase']): void {
    this.total = Math.max(this.total, this.applied);
    this.options.onProgress?.({ projection: this.projection.name, phase, applied: this.applied, total: this.total });
  }
}
