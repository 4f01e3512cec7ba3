import type { Pool } from 'pg';
import type { EventData, LogPosition, NewEvent, RecordedEvent } from '../event';
import { categoryOf, comparePositions } from '../event';
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

interface PositionRow {
  stream_position: string;
  transaction_id: string;
  global_position: string;
}

interface LastVisibleRow {
  last_transaction_id: string;
  last_global_position: string;
}

interface HeadRow {
  revision: string;
  deleted_through: string | null;
}

const UNIQUE_VIOLATION = '23505';
/** `any` and `stream_exists` appends retry a lost race this many times before giving up. */
const MAX_ANY_ATTEMPTS = 20;

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
    this.notifier = new PgNotifier(pool);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    checkExpected(expected);
    const checked = checkBatch(streamId, events);
    const batch = `[${checked.map((e) => e.json).join(',')}]`;
    let statement = typeof expected === 'number' ? sql.APPEND.revision : sql.APPEND[expected];
    let base = typeof expected === 'number' ? expected : expected === 'no_stream' ? -1 : null;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { rows } = await this.pool.query<PositionRow>({ ...statement, values: [streamId, categoryOf(streamId), base, batch] });
        if (rows.length > 0) {
          this.notifier.announce();
          return resultOf(rows);
        }
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      }
      // Nothing written: a retry of a batch already in the stream, a race lost, or a wrong expectation.
      const known = await this.knownEvents(streamId, checked.map((e) => e.eventId));
      if (known.length === checked.length) return resultOf(known);
      if (known.length > 0) throw new IdempotencyConflictError(streamId);
      const head = await this.head(streamId);
      if (expected === 'no_stream' && !head.exists && head.revision >= 0 && attempt < MAX_ANY_ATTEMPTS) {
        // Soft-deleted: "no stream" now means after its last revision.
        [statement, base] = [sql.APPEND.revision, head.revision];
        continue;
      }
      const raceLost = expected === 'any' || (expected === 'stream_exists' && head.exists);
      if (!raceLost || attempt >= MAX_ANY_ATTEMPTS) {
        throw new ConcurrencyError(streamId, expected, head.exists ? head.revision : 'no_stream');
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<ReadStreamResult> {
    const backwards = options.direction === 'backwards';
    const { rows } = await this.pool.query<EventRow & HeadRow>(
      backwards ? sql.READ_STREAM_BACKWARDS : sql.READ_STREAM_FORWARDS,
      [streamId, options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0), options.maxCount ?? null],
    );
    const head = toHead(rows[0]);
    return { ...head, events: rows[0].event_id === null ? [] : rows.map(toRecorded) };
  }

  async readAll(after: LogPosition, filter: ReadAllFilter = {}): Promise<ReadAllResult> {
    const limit = filter.limit ?? 1000;
    const filtered = filter.categories !== undefined || filter.types !== undefined;
    const params = [String(after.commit), after.prepare, filter.categories ?? null, filter.types ?? null, limit];
    if (!filtered) {
      const events = (await this.pool.query<EventRow>(sql.READ_ALL, params)).rows.map(toRecorded);
      return { events, position: events.at(-1)?.logPosition ?? after };
    }
    const { rows } = await this.pool.query<EventRow & LastVisibleRow>(sql.READ_ALL_FILTERED, params);
    const events = rows[0]?.event_id ? rows.map(toRecorded) : [];
    if (events.length === limit || rows.length === 0) return { events, position: events.at(-1)?.logPosition ?? after };
    const last = { commit: Number(rows[0].last_transaction_id), prepare: Number(rows[0].last_global_position) };
    return { events, position: comparePositions(last, after) > 0 ? last : after };
  }

  subscribe(after: LogPosition, handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    this.notifier.listen();
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
    const head = await this.head(streamId);
    checkRevision(streamId, expected, head.revision, !head.exists);
    if (head.exists) await this.pool.query(sql.SOFT_DELETE, [streamId, head.revision]);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.notifier.close();
  }

  private async head(streamId: string): Promise<Omit<ReadStreamResult, 'events'>> {
    const { rows } = await this.pool.query<HeadRow>(sql.HEAD_OF_STREAM, [streamId]);
    return toHead(rows[0]);
  }

  private async knownEvents(streamId: string, eventIds: readonly string[]): Promise<PositionRow[]> {
    const { rows } = await this.pool.query<PositionRow>(sql.KNOWN_EVENTS, [streamId, eventIds]);
    return rows;
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

function toHead(row: HeadRow): Omit<ReadStreamResult, 'events'> {
  const revision = Number(row.revision);
  const deleted = row.deleted_through !== null && Number(row.deleted_through) === revision;
  return { exists: revision >= 0 && !deleted, revision };
}

function resultOf(rows: readonly PositionRow[]): AppendResult {
  const last = rows.reduce((a, b) => (Number(b.stream_position) > Number(a.stream_position) ? b : a));
  return {
    nextExpectedRevision: Number(last.stream_position),
    logPosition: { commit: Number(last.transaction_id), prepare: Number(last.global_position) },
  };
}
