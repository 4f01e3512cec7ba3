import type { EventMetadata } from '@setu/contracts';

export type EventData = Readonly<Record<string, unknown>>;

/** An event as a writer hands it to the store. */
export interface NewEvent<Type extends string = string, Data extends EventData = EventData> {
  /** Client-chosen id (UUID); a retried append with the same id is a no-op. Generated if absent. */
  readonly eventId?: string;
  readonly type: Type;
  readonly schemaVersion: number;
  /** When it happened in the field, as reported; often days before it was recorded. */
  readonly occurredAt: Date;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

/**
 * A place in the whole log. `commit` orders transactions and `prepare` orders events inside
 * one; both only grow in read order, so `(commit, prepare)` is a safe cursor. The shape is
 * EventStoreDB's `$all` position; the PostgreSQL adapter uses (transaction id, global position).
 */
export interface LogPosition {
  readonly commit: number;
  readonly prepare: number;
}

/** Before the first event of the log. */
export const START: LogPosition = Object.freeze({ commit: 0, prepare: 0 });

/** An event as the store gives it back. */
export interface RecordedEvent<Type extends string = string, Data extends EventData = EventData> {
  readonly eventId: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamPosition: number;
  /** Unique, increasing in allocation order (not necessarily in commit order; see LogPosition). */
  readonly globalPosition: number;
  readonly logPosition: LogPosition;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

/** The category of `rescue-0192...` is `rescue`: everything before the first dash. */
export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}

export function comparePositions(a: LogPosition, b: LogPosition): number {
  return a.commit === b.commit ? a.prepare - b.prepare : a.commit - b.commit;
}
