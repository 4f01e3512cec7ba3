import type { EventData } from '@setu/event-store';

/**
 * A domain event as `decide` returns it and `evolve` folds it: plain readonly data under a
 * stable string type. `occurredAt` and `schemaVersion` are optional; the command handler fills
 * them from the command and with 1.
 */
export type Event<Type extends string = string, Data extends EventData = EventData> = Readonly<{
  type: Type;
  data: Data;
  /** When it happened in the field, if it differs from the command's `occurredAt`. */
  occurredAt?: Date;
  schemaVersion?: number;
}>;

/**
 * A request to change one stream. `occurredAt` is when the fact happened in the field, as
 * reported; the edge sets it (from the form, or from the injected clock).
 */
export type Command<Type extends string = string, Data extends object = Readonly<Record<string, unknown>>> = Readonly<{
  type: Type;
  data: Data;
  occurredAt: Date;
}>;

/** Pure functions over plain data (Emmett's decider): no I/O, no clock, no id generation. */
export interface Decider<C extends Command, E extends Event, S> {
  /** The events a command produces in `state`; throws a domain error to reject it. */
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}

/** Folds `events` over the decider's initial state. */
export function foldEvents<E extends Event, S>(
  decider: Pick<Decider<Command, E, S>, 'evolve' | 'initialState'>,
  events: Iterable<E>,
): S {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
