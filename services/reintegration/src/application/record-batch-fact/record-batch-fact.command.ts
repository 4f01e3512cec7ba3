import { Command } from '@nestjs/cqrs';
import type { RepatriationBatchCommand } from '../../domain';
import type { CallerContext, CommandOutcome } from '../caller';

/** A fact about a repatriation batch, stream `batch-<batchId>`; planning it creates the stream. */
export class RecordBatchFactCommand extends Command<CommandOutcome> {
  constructor(
    readonly caller: CallerContext,
    readonly fact: RepatriationBatchCommand,
  ) {
    super();
  }
}
