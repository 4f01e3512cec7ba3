import { CommandRejected, type Command, type Decider, type Event } from '@setu/decider';
import { RescueRejection } from '../../domain';

export function toCommandRejected(rejection: RescueRejection): CommandRejected {
  return new CommandRejected(rejection.code, rejection.category, rejection.message, rejection.errors);
}

/** The decider, with its domain rejections turned into the CommandRejected the platform answers with. */
export function rejecting<C extends Command, E extends Event, S>(decider: Decider<C, E, S>): Decider<C, E, S> {
  return {
    ...decider,
    decide(command, state) {
      try {
        return decider.decide(command, state);
      } catch (error) {
        throw error instanceof RescueRejection ? toCommandRejected(error) : error;
      }
    },
  };
}
