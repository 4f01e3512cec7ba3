import { Command } from '@nestjs/cqrs';
import type { CallerContext, CommandOutcome } from '@setu/service-kit';
import type { RepatriationBatchCommand } from '../../domain';

/** A fact about a repatriation batch, stream `batch-<batchId>`; planning it creates the stream. */
export class RecordBatchFactCommand extends Command<CommandOutcome> {
  constructor(
    readonly caller: CallerContext,
    readonly fact: RepatriationBatchCommand,
  ) {
    super();
  }
}
