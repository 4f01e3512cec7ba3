import type { Jurisdiction } from '@setu/contracts';
import type { Command, Decider, Event, HandleCommandResult } from '@setu/decider';
import { recordOnStream, type CallerContext, type StreamWriter } from '@setu/service-kit';
import { loadStream } from './load-stream';

/**
 * Decides a command on an existing stream. The state the stream is in names the state (RJ or
 * BR) its facts belong to, which the caller's token must cover; `jurisdictionOf` throws when
 * the stream does not exist. Without If-Match a conflict is retried on the fresh state.
 */
export async function decideOnStream<C extends Command, E extends Event, S>(
  writer: StreamWriter,
  decider: Decider<C, E, S>,
  streamId: string,
  command: C,
  caller: CallerContext,
  jurisdictionOf: (state: S) => Jurisdiction,
): Promise<HandleCommandResult<E, S>> {
  const { state } = await loadStream(writer.store, decider, streamId);
  return recordOnStream(writer, decider, streamId, command, caller, { jurisdiction: jurisdictionOf(state) });
}
