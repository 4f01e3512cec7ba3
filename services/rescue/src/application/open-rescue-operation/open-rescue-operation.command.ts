import { Command } from '@nestjs/cqrs';
import type { CallerContext } from '@setu/service-kit';
import type { OpenOperation } from '../../domain';
import type { StreamOutcome } from '../shared/stream-outcome';

/** The raid as reported; the state is the district's, and the id is given here. */
export type OpenRescueOperationInput = Omit<OpenOperation['data'], 'operationId' | 'state'> & { readonly startedAt: Date };

export class OpenRescueOperationCommand extends Command<StreamOutcome> {
  constructor(
    readonly request: CallerContext,
    readonly input: OpenRescueOperationInput,
  ) {
    super();
  }
}
