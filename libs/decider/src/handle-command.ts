import type { EventMetadata } from '@setu/contracts';
import type { EventStore, ExpectedRevision, LogPosition, NewEvent, RecordedEvent } from '@setu/event-store';
import { ConcurrencyError } from '@setu/event-store';
import type { Command, Decider, Event } from './decider';
import { foldEvents } from './decider';

export const DEFAULT_MAX_RETRIES = 3;

export interface HandleCommandOptions<E extends Event> {
  /** Id of each appended event (a UUID); injected so that tests and retries are deterministic. */
  readonly newEventId: () => string;
  readonly metadata: EventMetadata;
  /**
   * The revision the caller saw (`If-Match`). The command is decided only on that revision and
   * a conflict surfaces as `ConcurrencyError` without a retry.
   */
  readonly expectedRevision?: ExpectedRevision;
  /** Re-reads and re-decides after this many conflicts at most; then the conflict surfaces. */
  readonly maxRetries?: number;
  /** Maps a stored event to the decider's event: the place to upcast old schema versions. */
  readonly upcast?: (event: RecordedEvent) => E;
}

export interface HandleCommandResult<E extends Event, S> {
  /** What `decide` returned; empty when the command changed nothing (then nothing was written). */
  readonly newEvents: readonly E[];
  readonly newState: S;
  /** The stream's last revision after the command (-1: no events): the next `If-Match`. */
  readonly nextExpectedRevision: number;
  /** Where the new events are in the log, to wait for a projection to catch up; absent if none. */
  readonly logPosition?: LogPosition;
}

/**
 * Loads the stream, folds `evolve`, calls `decide` and appends the result with the revision it
 * read, so a concurrent writer makes the append fail instead of being overwritten. On such a
 * conflict it decides again on the fresh state, at most `maxRetries` times. Errors thrown by
 * the decider pass through unchanged; nothing is written for a rejected command.
 */
export async function handleCommand<C extends Command, E extends Event, S>(
  store: EventStore,
  decider: Decider<C, E, S>,
  streamId: string,
  command: C,
  options: HandleCommandOptions<E>,
): Promise<HandleCommandResult<E, S>> {
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const upcast = options.upcast ?? asDeciderEvent<E>;
  // If-Match "-1" is the ETag of a stream with no events: expect none still.
  const given: ExpectedRevision | undefined = options.expectedRevision === -1 ? 'no_stream' : options.expectedRevision;
  for (let attempt = 0; ; attempt += 1) {
    const stream = await store.readStream(streamId);
    let state = foldEvents(decider, stream.events.map(upcast));
    const expected = given ?? (stream.exists ? stream.revision : 'no_stream');
    if (given !== undefined && (typeof given === 'number' ? given !== stream.revision : given === 'no_stream' && stream.exists)) {
      // Deciding on a state the caller has not seen would defeat If-Match.
      throw new ConcurrencyError(streamId, given, stream.exists ? stream.revision : 'no_stream');
    }

    const newEvents = decider.decide(command, state);
    if (newEvents.length === 0) return { newEvents, newState: state, nextExpectedRevision: stream.revision };

    try {
      const appended = await store.append(streamId, newEvents.map((e) => toNewEvent(e, command, options)), expected);
      for (const event of newEvents) state = decider.evolve(state, event);
      return { newEvents, newState: state, ...appended };
    } catch (error) {
      const retry = error instanceof ConcurrencyError && given === undefined && attempt < maxRetries;
      if (!retry) throw error;
    }
  }
}

function toNewEvent<E extends Event>(event: E, command: Command, options: HandleCommandOptions<E>): NewEvent {
  return {
    eventId: options.newEventId(),
    type: event.type,
    schemaVersion: event.schemaVersion ?? 1,
    occurredAt: event.occurredAt ?? command.occurredAt,
    data: event.data,
    metadata: options.metadata,
  };
}

/** Stored types are trusted to be the decider's own: each service is its streams' only writer. */
function asDeciderEvent<E extends Event>(recorded: RecordedEvent): E {
  const { type, data, occurredAt, schemaVersion } = recorded;
  return { type, data, occurredAt, schemaVersion } as E;
}
