import { metadataFor } from '@setu/access';
import type { Jurisdiction } from '@setu/contracts';
import { handleCommand, type Command, type Decider, type Event } from '@setu/decider';
import type { EventStore, ExpectedRevision } from '@setu/event-store';
import type { IdGenerator } from '@setu/platform';
import { REINTEGRATION_SOURCE, type CallerContext, type CommandOutcome } from './caller';
import { asCommandRejected } from './rejections';

export interface StreamPorts {
  readonly store: EventStore;
  readonly ids: IdGenerator;
}

export interface RecordOptions {
  /** The state the facts belong to; undefined: the caller's token's own state. */
  readonly jurisdiction: Jurisdiction | undefined;
  /** Overrides If-Match, e.g. `no_stream` for a stream this command creates. */
  readonly expectedRevision?: ExpectedRevision;
}

/**
 * Decides `command` on the stream and appends the result with the caller in the metadata: on
 * the revision from If-Match when given (a conflict is a 409), else retrying on conflicts.
 */
export async function recordOnStream<C extends Command, E extends Event, S>(
  { store, ids }: StreamPorts,
  decider: Decider<C, E, S>,
  streamId: string,
  command: C,
  caller: CallerContext,
  options: RecordOptions,
): Promise<CommandOutcome> {
  const expectedRevision = options.expectedRevision ?? caller.expectedRevision;
  const result = await handleCommand(store, asCommandRejected(decider), streamId, command, {
    newEventId: () => ids.newId(),
    metadata: metadataFor(caller.principal, {
      source: REINTEGRATION_SOURCE,
      correlationId: caller.correlationId,
      ...(caller.idempotencyKey === undefined ? {} : { idempotencyKey: caller.idempotencyKey }),
      ...(options.jurisdiction === undefined ? {} : { jurisdiction: options.jurisdiction }),
    }),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  });
  return { revision: result.nextExpectedRevision };
}

/** The cases among `named` (field → case id) that no service opened, by field. */
export async function unknownCases(
  directory: { exists(caseId: string): Promise<boolean> },
  named: readonly (readonly [field: string, caseId: string | undefined])[],
): Promise<string[]> {
  const unknown: string[] = [];
  for (const [field, caseId] of named) if (caseId !== undefined && !(await directory.exists(caseId))) unknown.push(field);
  return unknown;
}
