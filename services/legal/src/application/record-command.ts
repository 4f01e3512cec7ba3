import { metadataFor } from '@setu/access';
import type { Jurisdiction } from '@setu/contracts';
import { handleCommand, type Command, type Decider, type Event } from '@setu/decider';
import type { EventStore } from '@setu/event-store';
import type { IdGenerator } from '@setu/platform';
import { asCommandRejected } from './as-command-rejected';
import { LEGAL_SOURCE, type CallerContext, type CommandOutcome } from './caller-context';

export interface RecordOn<C extends Command, E extends Event, S> {
  readonly store: EventStore;
  readonly ids: IdGenerator;
  readonly decider: Decider<C, E, S>;
}

/**
 * Decides `command` on the stream and appends the result with the caller in the metadata: on
 * the revision from If-Match when given (a conflict is a 409), else retrying on conflicts.
 */
export async function recordOn<C extends Command, E extends Event, S>(
  { store, ids, decider }: RecordOn<C, E, S>,
  streamId: string,
  command: C,
  caller: CallerContext,
  jurisdiction: Jurisdiction | undefined = caller.jurisdiction,
): Promise<CommandOutcome> {
  const result = await handleCommand(store, asCommandRejected(decider), streamId, command, {
    newEventId: () => ids.newId(),
    metadata: metadataFor(caller.principal, {
      source: LEGAL_SOURCE,
      correlationId: caller.correlationId,
      ...(caller.idempotencyKey === undefined ? {} : { idempotencyKey: caller.idempotencyKey }),
      ...(jurisdiction === undefined ? {} : { jurisdiction }),
    }),
    ...(caller.expectedRevision === undefined ? {} : { expectedRevision: caller.expectedRevision }),
  });
  return { revision: result.nextExpectedRevision };
}
