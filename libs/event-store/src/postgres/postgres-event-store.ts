import type { Pool, PoolClient } from 'pg';
import type { EventData, LogPosition, NewEvent, RecordedEvent } from '../event';
import { categoryOf } from '../event';
import { ConcurrencyError, IdempotencyConflictError } from '../errors';
import type {
  AppendResult,
  EventHandler,
  EventStore,
  ExpectedRevision,
  ReadAllFilter,
  ReadAllResult,
  ReadStreamOptions,
  ReadStreamResult,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import type { CatchUpOptions } from '../subscription';
import { CatchUpSubscription } from '../subscription';
import { checkBatch, checkExpected, checkRevision } from '../validate-events';
import { PgNotifier } from './pg-notifier';
import * as sql from './queries';

interface EventRow {
  event_id: string;
  type: string;
  schema_version: number;
  stream_id: string;
  stream_position: string;
  global_position: string;
  transaction_id: string;
  occurred_at: Date;
  recorded_at: Date;
  data: EventData;
  metadata: RecordedEvent['metadata'];
}

export interface PostgresEventStoreOptions {
  /** Fallback poll for subscriptions when no NOTIFY arrives. */
  readonly pollIntervalMs?: number;
}

/** The event store on PostgreSQL (`pg`); the pool is the caller's to open and close. */
export class PostgresEventStore implements EventStore {
  private readonly notifier: PgNotifier;
  private readonly subscriptions = new Set<Subscription>();

  constructor(
    private readonly pool: Pool,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.notifier = new PgNotifier(pool.options);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    checkExpected(expected);
    const checked = checkBatch(streamId, events);
    const batch = `[${checked.map((e) => e.json).join(',')}]`;
    try {
      const { rows } = await this.pool.query<{ next_expected_revision: string; commit_position: string; prepare_position: string }>(
        sql.APPEND,
        [streamId, categoryOf(streamId), String(expected), batch],
      );
      this.notifier.bump();
      const [row] = rows;
      return {
        nextExpectedRevision: Number(row.next_expected_revision),
        logPosition: { commit: Number(row.commit_position), prepare: Number(row.prepare_position) },
      };
    } catch (error) {
      throw translate(error, streamId, expected);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<ReadStreamResult> {
    const backwards = options.direction === 'backwards';
    const { rows } = await this.pool.query<EventRow & { revision: string; deleted: boolean }>(
      backwards ? sql.READ_STREAM_BACKWARDS : sql.READ_STREAM_FORWARDS,
      [streamId, options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0), options.maxCount ?? null],
    );
    if (rows.length === 0) return { exists: false, revision: -1, events: [] };
    const [first] = rows;
    return {
      exists: !first.deleted,
      revision: Number(first.revision),
      events: first.event_id === null ? [] : rows.map(toRecorded),
    };
  }

  async readAll(after: LogPosition, filter: ReadAllFilter = {}): Promise<ReadAllResult> {
    const limit = filter.limit ?? 1000;
    const { rows } = await this.pool.query<EventRow>(sql.READ_ALL, [
      String(after.commit),
      after.prepare,
      filter.categories ?? null,
      filter.types ?? null,
      limit,
    ]);
    const events = rows.map(toRecorded);
    if (events.length === limit || !(filter.categories || filter.types)) {
      return { events, position: events[events.length - 1]?.logPosition ?? after };
    }
    // A filtered read that came up short has seen the whole visible log: skip what it filtered out.
    const last = await this.pool.query<{ transaction_id: string; global_position: string }>(sql.LAST_VISIBLE);
    const [row] = last.rows;
    const position = row ? { commit: Number(row.transaction_id), prepare: Number(row.global_position) } : after;
    return { events, position };
  }

  subscribe(after: LogPosition, handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    this.notifier.start();
    const catchUp: CatchUpOptions = { pollIntervalMs: this.options.pollIntervalMs, ...options };
    const subscription = new CatchUpSubscription(this, this.notifier, after, handler, catchUp);
    this.subscriptions.add(subscription);
    subscription.done.finally(() => this.subscriptions.delete(subscription)).catch(() => undefined);
    return subscription;
  }

  async truncateBefore(streamId: string, revision: number): Promise<void> {
    await this.pool.query(sql.TRUNCATE_BEFORE, [streamId, revision]);
  }

  async softDelete(streamId: string, expected: ExpectedRevision = 'any'): Promise<void> {
    checkExpected(expected);
    await this.inTransaction(async (client) => {
      const { rows } = await client.query<{ revision: string; deleted: boolean }>(sql.LOCK_STREAM, [streamId]);
      const [row] = rows;
      checkRevision(streamId, expected, row ? Number(row.revision) : -1, row?.deleted ?? false);
      if (row) await client.query(sql.SOFT_DELETE, [streamId]);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.notifier.close();
  }

  private async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    streamPosition: Number(row.stream_position),
    globalPosition: Number(row.global_position),
    logPosition: { commit: Number(row.transaction_id), prepare: Number(row.global_position) },
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    data: row.data,
    metadata: row.metadata,
  };
}

function translate(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  const pgError = error as { code?: string; detail?: string };
  if (pgError.code === 'SE409') {
    const actual = Number(pgError.detail);
    return new ConcurrencyError(streamId, expected, actual < 0 ? 'no_stream' : actual);
  }
  if (pgError.code === 'SE422') return new IdempotencyConflictError(streamId);
  return error;
}
