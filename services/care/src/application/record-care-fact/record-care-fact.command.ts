import { Command } from '@nestjs/cqrs';
import type { CareCommand } from '../../domain';
import type { CommandRequest, FactOutcome } from '../shared/command-request';

/** Any fact of a child's care: each kind is one command of the care decider. */
export class RecordCareFactCommand extends Command<FactOutcome> {
  constructor(
    readonly request: CommandRequest,
    readonly fact: CareCommand,
    /** The id the new fact is known by (admission, session, plan...), echoed in the answer. */
    readonly factId?: string,
  ) {
    super();
  }
}
