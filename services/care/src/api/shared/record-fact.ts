import type { CommandBus } from '@nestjs/cqrs';
import { revisionHeaders } from '@setu/platform';
import type { ServerResponse } from 'node:http';
import { RecordCareFactCommand, type CommandRequest, type FactOutcome } from '../../application';
import type { CareCommand } from '../../domain';

export const careCaseLocation = (caseId: string): string => `/care/cases/${caseId}`;

/**
 * Records a fact and answers 201 with the care record as `Location` (facts are read back in it)
 * and its new revision as `ETag`.
 */
export async function recordFact(
  bus: CommandBus,
  res: ServerResponse,
  request: CommandRequest,
  fact: CareCommand,
  factId?: string,
): Promise<FactOutcome> {
  const outcome = await bus.execute(new RecordCareFactCommand(request, fact, factId));
  revisionHeaders(res, outcome.revision, careCaseLocation(outcome.caseId));
  return outcome;
}
