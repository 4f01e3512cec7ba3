import { Command } from '@nestjs/cqrs';
import type { LegalCaseCommand } from '../../domain/legal-case/legal-case.commands';
import type { CallerContext, CommandOutcome } from '@setu/service-kit';

/** Any command on a child's legal stream `legal-<caseId>`. */
export class ExecuteLegalCaseCommand extends Command<CommandOutcome> {
  constructor(
    readonly caseId: string,
    readonly command: LegalCaseCommand,
    readonly caller: CallerContext,
  ) {
    super();
  }
}
