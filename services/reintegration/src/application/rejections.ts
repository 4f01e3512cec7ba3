import { CommandRejected, type Command, type Decider, type Event } from '@setu/decider';
import { ReintegrationRejection } from '../domain';

/**
 * The decider with its refusals raised as @setu/decider's CommandRejected, which the platform
 * answers as problem+json. domain/ may import only types from @setu/decider, hence this seam.
 */
export function asCommandRejected<C extends Command, E extends Event, S>(decider: Decider<C, E, S>): Decider<C, E, S> {
  return {
    ...decider,
    decide(command, state) {
      try {
        return decider.decide(command, state);
      } catch (error) {
        if (error instanceof ReintegrationRejection) throw new CommandRejected(error.code, error.category, error.message, error.errors);
        throw error;
      }
    },
  };
}

/** Commands may name only cases that rescue or reintegration opened: 422 naming each unknown one. */
export function casesUnknown(fields: readonly string[]): CommandRejected {
  return new CommandRejected(
    'CASE_UNKNOWN',
    'unprocessable',
    'No case has this id: neither the rescue nor the reintegration service opened it.',
    fields.map((field) => ({ field, message: 'must name a case opened by the rescue or the reintegration service' })),
  );
}
