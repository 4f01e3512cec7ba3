import type { CommandBus } from '@nestjs/cqrs';
import { revisionHeaders } from '@setu/platform';
import type { ServerResponse } from 'node:http';
import type { ExecuteFirCommand } from '../../application/fir/execute-fir-command.command';
import type { ExecuteLegalCaseCommand } from '../../application/legal-case/execute-legal-case-command.command';

/** Runs a command and answers with the stream's new revision in ETag (and Location when created). */
export async function execute(
  bus: CommandBus,
  command: ExecuteFirCommand | ExecuteLegalCaseCommand,
  res: ServerResponse,
  location?: string,
): Promise<{ revision: number }> {
  const { revision } = await bus.execute(command);
  revisionHeaders(res, revision, location);
  return { revision };
}
