import { Command } from '@nestjs/cqrs';
import type { CallerContext, CommandOutcome } from '@setu/service-kit';

export interface SubmissionOutcome extends CommandOutcome {
  readonly submissionId: string;
}

/** The child's documents reached the committee; without `documentIds`, every current document. */
export class SubmitDocumentsCommand extends Command<SubmissionOutcome> {
  constructor(
    readonly caseId: string,
    readonly committee: string,
    readonly district: string,
    readonly documentIds: readonly string[] | undefined,
    readonly at: Date,
    readonly caller: CallerContext,
  ) {
    super();
  }
}
