import type { Event } from '@setu/decider';
import type { RecordedEvent } from '@setu/event-store';

/** Stored events of the documentation streams, typed by the contracts: this service is their only writer. */
export function ownEvents<E extends Event>(recorded: readonly RecordedEvent[]): E[] {
  return recorded.map(({ type, data }) => ({ type, data }) as unknown as E);
}
