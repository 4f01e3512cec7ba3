import { Command } from '@nestjs/cqrs';
import type { FirCommand } from '../../domain/fir/fir.commands';
import type { CallerContext, CommandOutcome } from '@setu/service-kit';

/** Any command on the FIR stream `fir-<firId>`. */
export class ExecuteFirCommand extends Command<CommandOutcome> {
  constructor(
    readonly firId: string,
    readonly command: FirCommand,
    readonly caller: CallerContext,
  ) {
    super();
  }
}
