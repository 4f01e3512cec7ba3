import { CommandRejected, type Command, type Decider, type Event } from '@setu/decider';
import { LegalRejection } from '../domain/legal-rejection';

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
        if (error instanceof LegalRejection) throw new CommandRejected(error.code, error.category, error.message, error.errors);
        throw error;
      }
    },
  };
}
