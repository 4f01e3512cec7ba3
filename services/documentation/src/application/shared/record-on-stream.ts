import { metadataFor } from '@setu/access';
import type { EventMetadata, Jurisdiction } from '@setu/contracts';
import { CommandRejected, handleCommand, type Command, type Decider, type Event, type HandleCommandResult } from '@setu/decider';
import type { EventStore } from '@setu/event-store';
import type { IdGenerator } from '@setu/platform';
import { DocumentationRejection } from '../../domain';
import { DOCUMENTATION_SOURCE, type CallerContext } from './caller-context';

/** The decider with its refusals raised as CommandRejected, which the platform answers as problem+json. */
export function asCommandRejected<C extends Command, E extends Event, S>(decider: Decider<C, E, S>): Decider<C, E, S> {
  return {
    ...decider,
    decide(command, state) {
      try {
        return decider.decide(command, state);
      } catch (error) {
        if (error instanceof DocumentationRejection) throw new CommandRejected(error.code, error.category, error.message, error.errors);
        throw error;
      }
    },
  };
}

export function metadataOf(caller: CallerContext, jurisdiction: Jurisdiction | undefined = caller.jurisdiction): EventMetadata {
  return metadataFor(caller.principal, {
    source: DOCUMENTATION_SOURCE,
    correlationId: caller.correlationId,
    ...(caller.idempotencyKey === undefined ? {} : { idempotencyKey: caller.idempotencyKey }),
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
  });
}

/** The state a committee's facts belong to (`RJ-JPR` → RJ), if the caller may record in it. */
export function jurisdictionOfDistrict(caller: CallerContext, district: string): Jurisdiction | undefined {
  const state = caller.principal.states.find((s) => district.startsWith(`${s}-`));
  return state ?? caller.jurisdiction;
}

export interface RecordOn<C extends Command, E extends Event, S> {
  readonly store: EventStore;
  readonly ids: IdGenerator;
  readonly decider: Decider<C, E, S>;
}

/**
 * Decides `command` on the stream and appends the result with the caller in the metadata: on
 * the revision from If-Match when given (a conflict is a 409), else retrying on conflicts.
 */
export function recordOn<C extends Command, E extends Event, S>(
  { store, ids, decider }: RecordOn<C, E, S>,
  streamId: string,
  command: C,
  caller: CallerContext,
  jurisdiction?: Jurisdiction,
): Promise<HandleCommandResult<E, S>> {
  return handleCommand(store, asCommandRejected(decider), streamId, command, {
    newEventId: () => ids.newId(),
    metadata: metadataOf(caller, jurisdiction ?? caller.jurisdiction),
    ...(caller.expectedRevision === undefined ? {} : { expectedRevision: caller.expectedRevision }),
  });
}
