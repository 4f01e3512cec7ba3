import type { LogPosition, NewEvent, RecordedEvent } from './event';

/**
 * What the writer believes about the stream: it does not exist yet, it exists,
 * anything goes, or its last event is at exactly this revision (0-based).
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

export interface AppendResult {
  /** Revision of the last event now in the stream: the next `expected` for this writer. */
  readonly nextExpectedRevision: number;
  readonly logPosition: LogPosition;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the first (forwards) or last (backwards) event. */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadStreamResult {
  /** False for a stream never written, or soft-deleted and not written since. */
  readonly exists: boolean;
  /** Revision of the stream's last event, -1 if it has none. */
  readonly revision: number;
  readonly events: readonly RecordedEvent[];
}

export interface ReadAllFilter {
  /** Stream categories (`rescue`, `fir`, ...); all when absent. */
  readonly categories?: readonly string[];
  readonly types?: readonly string[];
  readonly limit?: number;
}

export interface ReadAllResult {
  readonly events: readonly RecordedEvent[];
  /**
   * Where the next read should start. It can move past `events` when filtered-out events
   * were skipped, so a consumer checkpoints this, not the last event it saw.
   */
  readonly position: LogPosition;
}

export interface SubscribeOptions extends Omit<ReadAllFilter, 'limit'> {
  /** Events per catch-up read. */
  readonly batchSize?: number;
}

export type EventHandler = (event: RecordedEvent) => Promise<void> | void;

export interface Subscription {
  /** Stops after the event being handled, if any. */
  stop(): Promise<void>;
  /** Settles when the subscription ends: rejects with the handler's or the store's error. */
  readonly done: Promise<void>;
  /** Position of the last event handled (or skipped by the filter). */
  readonly position: LogPosition;
}

/** The event store port (ARCHITECTURE.md, "The event store"). */
export interface EventStore {
  /** Atomic for all `events`; a batch whose event ids are all already in the stream is a no-op. */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<ReadStreamResult>;
  /** Events after `after` in the order every reader agrees on; never one before an event already read. */
  readAll(after: LogPosition, filter?: ReadAllFilter): Promise<ReadAllResult>;
  /** Catch-up from `after`, then live; the handler sees each event once, in `readAll` order. */
  subscribe(after: LogPosition, handler: EventHandler, options?: SubscribeOptions): Subscription;
  /** Hides events before `revision` from `readStream` (ESDB's `$tb`). */
  truncateBefore(streamId: string, revision: number): Promise<void>;
  /** Hides the whole stream; a later append continues its revisions. */
  softDelete(streamId: string, expected?: ExpectedRevision): Promise<void>;
  close(): Promise<void>;
}
