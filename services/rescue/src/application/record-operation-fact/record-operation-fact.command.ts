import { Command } from '@nestjs/cqrs';
import type { CallerContext } from '@setu/service-kit';
import type { CloseOperation, RecordEvidence, RecordPremisesSealing } from '../../domain';
import type { StreamOutcome } from '../shared/stream-outcome';

/** A fact of an operation that needs nothing but its stream: evidence, sealing, the close. */
export type OperationFact = RecordEvidence | RecordPremisesSealing | CloseOperation;

export class RecordOperationFactCommand extends Command<StreamOutcome> {
  constructor(
    readonly request: CallerContext,
    readonly operationId: string,
    readonly fact: OperationFact,
  ) {
    super();
  }
}
