import type { RecordedEvent } from '@setu/event-store';

/** Stored events of the legal streams, typed by the contracts: legal is their only writer. */
export function ownEvents<E extends { readonly type: string; readonly data: object }>(recorded: readonly RecordedEvent[]): E[] {
  return recorded.map(({ type, data }) => ({ type, data }) as unknown as E);
}
