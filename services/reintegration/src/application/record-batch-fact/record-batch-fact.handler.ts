import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CaseRef, CommandOutcome } from '@setu/service-kit';
import { batchStreamId, repatriationBatchDecider, type RepatriationBatchCommand } from '../../domain';
import { batchDistricts } from '../district-codes';
import { FactWriter } from '../fact-writer';
import { batchFactJurisdiction } from '../jurisdiction';
import { RecordBatchFactCommand } from './record-batch-fact.command';

/** The cases a fact puts on the batch, by request field; the others name children already on it. */
function joiningCases(fact: RepatriationBatchCommand): CaseRef[] {
  if (fact.type === 'PlanBatch') return fact.data.caseIds.map((caseId, i) => ({ field: `caseIds[${i}]`, caseId }));
  if (fact.type === 'AddChildToBatch') return [{ field: 'caseId', caseId: fact.data.caseId }];
  return [];
}

@CommandHandler(RecordBatchFactCommand)
export class RecordBatchFactHandler implements ICommandHandler<RecordBatchFactCommand> {
  constructor(private readonly facts: FactWriter) {}

  execute({ caller, fact }: RecordBatchFactCommand): Promise<CommandOutcome> {
    const references = { districts: batchDistricts(fact), cases: joiningCases(fact) };
    return this.facts.record(repatriationBatchDecider, batchStreamId(fact.data.batchId), fact, caller, references, {
      jurisdiction: batchFactJurisdiction(caller.principal, fact),
      ...(fact.type === 'PlanBatch' ? { expectedRevision: 'no_stream' as const } : {}),
    });
  }
}
