import { Command } from '@nestjs/cqrs';
import type { CallerContext, CommandOutcome } from '@setu/service-kit';
import type { VerificationOutcome } from '../../domain';

/** The committee's verdict on a scan, at the time it gave it. */
export class VerifyDocumentCommand extends Command<CommandOutcome> {
  constructor(
    readonly caseId: string,
    readonly documentId: string,
    readonly committee: string,
    readonly district: string,
    readonly outcome: VerificationOutcome,
    readonly at: Date,
    readonly caller: CallerContext,
  ) {
    super();
  }
}
