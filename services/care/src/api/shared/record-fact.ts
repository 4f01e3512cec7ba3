import type { CommandBus } from '@nestjs/cqrs';
import { revisionHeaders } from '@setu/platform';
import type { CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { RecordCareFactCommand, type FactOutcome } from '../../application';
import type { CareCommand } from '../../domain';

/**
 * Records a fact on the child's care record and answers 200 with its new revision as `ETag`:
 * facts are read back in the record, not addressable on their own.
 */
export async function recordFact(bus: CommandBus, res: ServerResponse, request: CallerContext, fact: CareCommand, factId?: string): Promise<FactOutcome> {
  const outcome = await bus.execute(new RecordCareFactCommand(request, fact, factId));
  revisionHeaders(res, outcome.revision);
  return outcome;
}
