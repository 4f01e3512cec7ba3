import { Command } from '@nestjs/cqrs';
import type { CallerContext, CommandOutcome } from '@setu/service-kit';
import type { OpenCase, ReintegrationCaseCommand } from '../../domain';

/** A fact about one child, stream `reintegration-<caseId>`. */
export type CaseFact = Exclude<ReintegrationCaseCommand, OpenCase>;

export class RecordCaseFactCommand extends Command<CommandOutcome> {
  constructor(
    readonly caller: CallerContext,
    readonly fact: CaseFact,
  ) {
    super();
  }
}
