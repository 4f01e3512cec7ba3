import type { Jurisdiction } from '@setu/contracts';
import { handleCommand, type Command, type Decider, type Event, type HandleCommandResult } from '@setu/decider';
import type { ExpectedRevision } from '@setu/event-store';
import type { CallerContext } from '../caller/caller-context';
import { metadataOf } from '../caller/event-metadata';
import type { StreamWriter } from './stream-writer';

export interface RecordOptions {
  /** The state the facts belong to; by default the caller's, else the token's only state. */
  readonly jurisdiction?: Jurisdiction;
  /** Overrides `If-Match`: `no_stream` for a command that creates its stream. */
  readonly expectedRevision?: ExpectedRevision;
  /** Conflicts retried without `If-Match` (default: @setu/decider's). */
  readonly maxRetries?: number;
}

/**
 * Decides `command` on the stream and appends the result with the caller in the metadata: on
 * the revision from `If-Match` when given (a conflict is a 409), else retrying on conflicts.
 * The decider's `CommandRejected` passes through to the platform's problem+json filter.
 */
export async function recordOnStream<C extends Command, E extends Event, S>(
  writer: StreamWriter,
  decider: Decider<C, E, S>,
  streamId: string,
  command: C,
  caller: CallerContext,
  options: RecordOptions = {},
): Promise<HandleCommandResult<E, S>> {
  const expectedRevision = options.expectedRevision ?? caller.expectedRevision;
  return handleCommand(writer.store, decider, streamId, command, {
    newEventId: () => writer.ids.newId(),
    metadata: metadataOf(caller, writer.source, options.jurisdiction),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
    ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
  });
}
