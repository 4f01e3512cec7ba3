import { Command } from '@nestjs/cqrs';
import type { CallerContext } from '@setu/service-kit';
import type { CareCommand } from '../../domain';
import type { FactOutcome } from '../shared/care-source';

/** Any fact of a child's care: each kind is one command of the care decider. */
export class RecordCareFactCommand extends Command<FactOutcome> {
  constructor(
    readonly request: CallerContext,
    readonly fact: CareCommand,
    /** The id the new fact is known by (admission, session, plan...), echoed in the answer. */
    readonly factId?: string,
  ) {
    super();
  }
}
