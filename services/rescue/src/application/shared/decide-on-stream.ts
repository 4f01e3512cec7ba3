import type { Jurisdiction } from '@setu/contracts';
import { handleCommand, type Command, type Decider, type Event, type HandleCommandResult } from '@setu/decider';
import type { EventStore } from '@setu/event-store';
import type { IdGenerator } from '@setu/platform';
import { metadataOf, type CommandRequest } from './command-request';
import { loadStream } from './load-stream';
import { rejecting } from './rejections';

export interface StreamPorts {
  readonly store: EventStore;
  readonly ids: IdGenerator;
}

/**
 * Decides a command on an existing stream. The state the stream is in names the state (RJ or
 * BR) its facts belong to, which the caller's token must cover; `jurisdictionOf` throws when
 * the stream does not exist. Without If-Match a conflict is retried on the fresh state.
 */
export async function decideOnStream<C extends Command, E extends Event, S>(
  ports: StreamPorts,
  decider: Decider<C, E, S>,
  streamId: string,
  command: C,
  request: CommandRequest,
  jurisdictionOf: (state: S) => Jurisdiction,
): Promise<HandleCommandResult<E, S>> {
  const { state } = await loadStream(ports.store, decider, streamId);
  const metadata = metadataOf(request, jurisdictionOf(state));
  return handleCommand(ports.store, rejecting(decider), streamId, command, {
    newEventId: () => ports.ids.newId(),
    metadata,
    expectedRevision: request.expectedRevision,
  });
}
