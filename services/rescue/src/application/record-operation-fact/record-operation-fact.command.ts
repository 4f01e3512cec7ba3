import { Command } from '@nestjs/cqrs';
import type { CloseOperation, RecordEvidence, RecordPremisesSealing } from '../../domain';
import type { CommandRequest, StreamOutcome } from '../shared/command-request';

/** A fact of an operation that needs nothing but its stream: evidence, sealing, the close. */
export type OperationFact = RecordEvidence | RecordPremisesSealing | CloseOperation;

export class RecordOperationFactCommand extends Command<StreamOutcome> {
  constructor(
    readonly request: CommandRequest,
    readonly operationId: string,
    readonly fact: OperationFact,
  ) {
    super();
  }
}
