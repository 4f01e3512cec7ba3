import { foldEvents, type Command, type Decider, type Event } from '@setu/decider';
import type { EventStore, RecordedEvent } from '@setu/event-store';
import { ownEvents } from '@setu/service-kit';

export interface LoadedStream<E, S> {
  readonly state: S;
  readonly events: readonly E[];
  readonly recorded: readonly RecordedEvent[];
  /** -1 when the stream has no events. */
  readonly revision: number;
}

/** Reads a stream and folds it. */
export async function loadStream<E extends Event, S>(
  store: EventStore,
  decider: Pick<Decider<Command, E, S>, 'evolve' | 'initialState'>,
  streamId: string,
): Promise<LoadedStream<E, S>> {
  const stream = await store.readStream(streamId);
  const events = ownEvents<E>(stream.events);
  return { state: foldEvents(decider, events), events, recorded: stream.events, revision: stream.revision };
}
