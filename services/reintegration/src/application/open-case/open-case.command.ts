import { Command } from '@nestjs/cqrs';
import type { CallerContext, CommandOutcome } from '@setu/service-kit';
import type { OpenCase } from '../../domain';

export interface OpenedCase extends CommandOutcome {
  readonly caseId: string;
  readonly reference: string;
}

/** Opens the case of a child who came home with no record; the case id and reference are made here. */
export class OpenCaseCommand extends Command<OpenedCase> {
  constructor(
    readonly caller: CallerContext,
    readonly identifiedAt: Date,
    readonly child: Omit<OpenCase['data'], 'caseId' | 'reference'>,
  ) {
    super();
  }
}
