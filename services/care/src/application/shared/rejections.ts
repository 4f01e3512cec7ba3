import { CommandRejected, type Command, type Decider, type Event } from '@setu/decider';
import { CareRejection } from '../../domain';

export function toCommandRejected(rejection: CareRejection): CommandRejected {
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
        throw error instanceof CareRejection ? toCommandRejected(error) : error;
      }
    },
  };
}

export const caseUnknown = (): CommandRejected =>
  new CommandRejected('CASE_UNKNOWN', 'unprocessable', 'No rescue case has this id: care is recorded only for a child the rescue service identified.', [
    { field: 'caseId', message: 'is not a case opened by the rescue service' },
  ]);

export const careRecordNotFound = (): CommandRejected =>
  new CommandRejected('CARE_RECORD_NOT_FOUND', 'not_found', 'Nothing is recorded in care for this case.');
