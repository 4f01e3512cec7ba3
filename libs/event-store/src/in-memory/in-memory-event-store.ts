import type { LogPosition, NewEvent, RecordedEvent } from '../event';
import { categoryOf, comparePositions } from '../event';
import { IdempotencyConflictError } from '../errors';
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
import { sliceStream } from '../stream-read';
import { CatchUpSubscription, Changes } from '../subscription';
import { checkBatch, checkExpected, checkRevision } from '../validate-events';

interface StreamState {
  revision: number;
  truncateBefore: number;
  deleted: boolean;
  events: RecordedEvent[];
}

/** For decider unit tests only: no durability, no concurrency beyond one process. */
export class InMemoryEventStore implements EventStore {
  private readonly streams = new Map<string, StreamState>();
  private readonly log: RecordedEvent[] = [];
  private readonly changes = new Changes();
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return Promise.resolve().then(() => this.appendNow(streamId, events, expected));
  }

  private appendNow(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    checkExpected(expected);
    const checked = checkBatch(streamId, events);
    const stream = this.streams.get(streamId) ?? { revision: -1, truncateBefore: 0, deleted: false, events: [] };
    const known = stream.events.filter((e) => checked.some((c) => c.eventId === e.eventId));
    if (known.length === checked.length) {
      const last = known[known.length - 1];
      return { nextExpectedRevision: last.streamPosition, logPosition: last.logPosition };
    }
    if (known.length > 0) throw new IdempotencyConflictError(streamId);
    checkRevision(streamId, expected, stream.revision, stream.deleted);
    const recordedAt = this.now();
    const commit = this.log.length + 1;
    for (const event of checked) {
      const position = this.log.length + 1;
      const parsed = JSON.parse(event.json) as { data: RecordedEvent['data']; metadata: RecordedEvent['metadata'] };
      stream.revision += 1;
      const recorded: RecordedEvent = {
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        streamId,
        streamPosition: stream.revision,
        globalPosition: position,
        logPosition: { commit, prepare: position },
        occurredAt: new Date(event.occurredAt.getTime()),
        recordedAt,
        data: parsed.data,
        metadata: parsed.metadata,
      };
      stream.events.push(recorded);
      this.log.push(recorded);
    }
    stream.deleted = false;
    this.streams.set(streamId, stream);
    this.changes.bump();
    const last = stream.events[stream.events.length - 1];
    return { nextExpectedRevision: stream.revision, logPosition: last.logPosition };
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<ReadStreamResult> {
    const stream = this.streams.get(streamId);
    if (!stream || stream.deleted) return Promise.resolve({ exists: false, revision: stream?.revision ?? -1, events: [] });
    const visible = stream.events.filter((e) => e.streamPosition >= stream.truncateBefore);
    return Promise.resolve({ exists: true, revision: stream.revision, events: sliceStream(visible, options) });
  }

  readAll(after: LogPosition, filter: ReadAllFilter = {}): Promise<ReadAllResult> {
    const limit = filter.limit ?? 1000;
    const later = this.log.filter((e) => comparePositions(e.logPosition, after) > 0);
    const matching = later.filter(
      (e) =>
        (!filter.categories || filter.categories.includes(categoryOf(e.streamId))) &&
        (!filter.types || filter.types.includes(e.type)),
    );
    const events = matching.slice(0, limit);
    const lastSeen = events.length === limit ? events[events.length - 1] : later[later.length - 1];
    return Promise.resolve({ events, position: lastSeen?.logPosition ?? after });
  }

  subscribe(after: LogPosition, handler: EventHandler, options?: SubscribeOptions): Subscription {
    const subscription = new CatchUpSubscription(this, this.changes, after, handler, options);
    this.subscriptions.add(subscription);
    return subscription;
  }

  truncateBefore(streamId: string, revision: number): Promise<void> {
    const stream = this.streams.get(streamId);
    if (stream) stream.truncateBefore = revision;
    return Promise.resolve();
  }

  async softDelete(streamId: string, expected: ExpectedRevision = 'any'): Promise<void> {
    checkExpected(expected);
    const stream = this.streams.get(streamId);
    checkRevision(streamId, expected, stream?.revision ?? -1, stream?.deleted ?? false);
    if (stream) {
      stream.deleted = true;
      stream.truncateBefore = stream.revision + 1;
    }
    await Promise.resolve();
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
  }
}
