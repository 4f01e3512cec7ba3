import { Command } from '@nestjs/cqrs';
import type { OpenOperation } from '../../domain';
import type { CommandRequest, StreamOutcome } from '../shared/command-request';

/** The raid as reported; the state is the district's, and the id is given here. */
export type OpenRescueOperationInput = Omit<OpenOperation['data'], 'operationId' | 'state'> & { readonly startedAt: Date };

export class OpenRescueOperationCommand extends Command<StreamOutcome> {
  constructor(
    readonly request: CommandRequest,
    readonly input: OpenRescueOperationInput,
  ) {
    super();
  }
}
