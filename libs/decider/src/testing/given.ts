import type { Command, Decider, Event } from '../decider';
import { foldEvents } from '../decider';

/** An error class (matched with `instanceof`) or a predicate on the thrown value. */
export type ErrorMatcher<T extends Error = Error> = (abstract new (...args: never[]) => T) | ((error: unknown) => boolean);

export interface DeciderThen<E extends Event> {
  /** Asserts that `decide` returned exactly these events, in order. */
  then(expected: readonly E[]): void;
  /** Asserts that `decide` threw a matching error, and returns it for further checks. */
  thenThrows<T extends Error>(matcher: ErrorMatcher<T>): T;
}

export interface DeciderWhen<C extends Command, E extends Event> {
  when(command: C): DeciderThen<E>;
}

/**
 * `given(decider)(events).when(command).then(events)` for Jest: folds the given events with
 * `evolve`, calls `decide`, and compares with `toEqual`. Nothing is stored.
 */
export function given<C extends Command, E extends Event, S>(
  decider: Decider<C, E, S>,
): (events?: readonly E[]) => DeciderWhen<C, E> {
  return (events = []) => ({
    when(command) {
      return {
        then(expected) {
          if (typeof expected === 'function') {
            throw new TypeError('given(...).when(...) is not a promise: call .then(expectedEvents) without await');
          }
          expect(decider.decide(command, foldEvents(decider, events))).toEqual(expected);
        },
        thenThrows<T extends Error>(matcher: ErrorMatcher<T>): T {
          // Folded outside the try: an error from evolve is a broken test, not the expected rejection.
          const state = foldEvents(decider, events);
          let decided: E[];
          try {
            decided = decider.decide(command, state);
          } catch (error) {
            if (isErrorClass(matcher)) {
              expect(error).toBeInstanceOf(matcher);
            } else if (!matcher(error)) {
              throw new Error(`decide threw an error the predicate rejected: ${show(error)}`, { cause: error });
            }
            return error as T;
          }
          throw new Error(`expected decide to throw, but it returned ${JSON.stringify(decided)}`);
        },
      };
    },
  });
}

function isErrorClass<T extends Error>(matcher: ErrorMatcher<T>): matcher is abstract new (...args: never[]) => T {
  const prototype: unknown = matcher.prototype;
  return (matcher as unknown) === Error || prototype instanceof Error;
}

function show(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);
}
