import { randomUUID } from 'node:crypto';
import type { EventData, NewEvent } from './event';
import { ConcurrencyError, InvalidEventError } from './errors';
import type { ExpectedRevision } from './event-store.port';

/** Largest accepted event, data and metadata serialised together (documented in docs/architecture.md). */
export const MAX_EVENT_BYTES = 512 * 1024;
export const MAX_BATCH_EVENTS = 1000;

const TYPE_PATTERN = /^[A-Za-z][A-Za-z0-9_.:-]{0,199}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A batch ready to write: ids assigned, every event checked. */
export interface CheckedEvent extends NewEvent {
  readonly eventId: string;
  /** `{ eventId, type, schemaVersion, occurredAt, data, metadata }` as JSON, measured once. */
  readonly json: string;
}

/**
 * Rejects a malformed batch before anything is written, so every adapter refuses the same input.
 * Data must survive a JSON round trip unchanged: no functions, class instances, Dates, BigInts,
 * NaN or cycles.
 */
export function checkBatch(streamId: string, events: readonly NewEvent[]): CheckedEvent[] {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > 200) {
    throw new InvalidEventError(-1, 'streamId', 'must be a string of 1 to 200 characters');
  }
  const batch: readonly NewEvent[] = events; // Array.isArray would widen `events` to any[]
  if (!Array.isArray(events) || events.length === 0 || events.length > MAX_BATCH_EVENTS) {
    throw new InvalidEventError(-1, 'events', `must hold 1 to ${MAX_BATCH_EVENTS} events`);
  }
  const checked = batch.map((event, index) => checkEvent(event, index));
  const ids = new Set<string>();
  checked.forEach(({ eventId }, index) => {
    if (ids.has(eventId)) throw new InvalidEventError(index, 'eventId', 'repeats an earlier event of the batch');
    ids.add(eventId);
  });
  return checked;
}

function checkEvent(event: NewEvent, index: number): CheckedEvent {
  const fail = (field: string, reason: string): never => {
    throw new InvalidEventError(index, field, reason);
  };
  if (typeof event !== 'object' || event === null) fail('event', 'must be an object');
  if (typeof event.type !== 'string' || !TYPE_PATTERN.test(event.type)) {
    fail('type', 'must be a stable name like "rescue.ChildIdentified"');
  }
  if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) fail('schemaVersion', 'must be an integer ≥ 1');
  if (!(event.occurredAt instanceof Date) || Number.isNaN(event.occurredAt.getTime())) fail('occurredAt', 'must be a valid Date');
  const eventId = event.eventId ?? randomUUID();
  if (!UUID_PATTERN.test(eventId)) fail('eventId', 'must be a UUID');
  checkJson(event.data, `data`, fail, new Set());
  checkJson(event.metadata, `metadata`, fail, new Set());
  if (!isPlainObject(event.data)) fail('data', 'must be an object');
  if (!isPlainObject(event.metadata)) fail('metadata', 'must be an object');
  const json = JSON.stringify({
    eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt.toISOString(),
    data: event.data,
    metadata: event.metadata,
  });
  if (Buffer.byteLength(json) > MAX_EVENT_BYTES) fail('data', `is larger than ${MAX_EVENT_BYTES} bytes`);
  return { ...event, eventId, json };
}

function checkJson(value: unknown, path: string, fail: (field: string, reason: string) => never, seen: Set<unknown>): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) fail(path, 'is not a finite number');
      return;
    case 'object':
      if (value === null) return;
      if (seen.has(value)) fail(path, 'is circular');
      seen.add(value);
      if (Array.isArray(value)) {
        value.forEach((item, i) => checkJson(item, `${path}[${i}]`, fail, seen));
      } else if (isPlainObject(value)) {
        for (const [key, item] of Object.entries(value as EventData)) {
          if (item !== undefined) checkJson(item, `${path}.${key}`, fail, seen);
        }
      } else {
        fail(path, 'is not plain JSON (class instance or Date); use an ISO string for times');
      }
      seen.delete(value);
      return;
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      fail(path, `is not JSON-serialisable (${typeof value})`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function checkExpected(expected: ExpectedRevision): void {
  const named = expected === 'no_stream' || expected === 'stream_exists' || expected === 'any';
  if (!named && !(Number.isInteger(expected) && expected >= 0)) {
    throw new InvalidEventError(-1, 'expected', 'must be no_stream, stream_exists, any or a revision ≥ 0');
  }
}

/** Throws ConcurrencyError unless a stream at `revision` (-1: none) meets `expected`. */
export function checkRevision(streamId: string, expected: ExpectedRevision, revision: number, deleted: boolean): void {
  const actual = revision < 0 || deleted ? 'no_stream' : revision;
  const mismatch =
    (expected === 'no_stream' && actual !== 'no_stream') ||
    (expected === 'stream_exists' && actual === 'no_stream') ||
    (typeof expected === 'number' && expected !== revision);
  if (mismatch) throw new ConcurrencyError(streamId, expected, actual);
}
