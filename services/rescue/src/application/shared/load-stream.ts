import { foldEvents, type Command, type Decider, type Event } from '@setu/decider';
import type { EventStore, RecordedEvent } from '@setu/event-store';

export interface LoadedStream<E, S> {
  readonly state: S;
  readonly events: readonly E[];
  readonly recorded: readonly RecordedEvent[];
  /** -1 when the stream has no events. */
  readonly revision: number;
}

/** Reads a stream and folds it; this service is its streams' only writer, so types are its own. */
export async function loadStream<E extends Event, S>(
  store: EventStore,
  decider: Pick<Decider<Command, E, S>, 'evolve' | 'initialState'>,
  streamId: string,
): Promise<LoadedStream<E, S>> {
  const stream = await store.readStream(streamId);
  const events = stream.events.map(({ type, data, occurredAt, schemaVersion }) => ({ type, data, occurredAt, schemaVersion }) as E);
  return { state: foldEvents(decider, events), events, recorded: stream.events, revision: stream.revision };
}
