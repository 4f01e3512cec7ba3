import type { Event } from '@setu/decider';
import type { RecordedEvent } from '@setu/event-store';

/**
 * Stored events of a service's own streams as its decider's events. Each service is its
 * streams' only writer, so the stored types are its own.
 */
export function ownEvents<E extends Event>(recorded: readonly RecordedEvent[]): E[] {
  return recorded.map(({ type, data, occurredAt, schemaVersion }) => ({ type, data, occurredAt, schemaVersion }) as unknown as E);
}
