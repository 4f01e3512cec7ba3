import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { batchStreamId, repatriationBatchDecider, type RepatriationBatchCommand } from '../../domain';
import { CASE_DIRECTORY } from '../../reintegration.di-tokens';
import type { CommandOutcome } from '../caller';
import { batchFactJurisdiction } from '../jurisdiction';
import type { CaseDirectory } from '../ports';
import { recordOnStream, unknownCases } from '../record-on-stream';
import { casesUnknown } from '../rejections';
import { RecordBatchFactCommand } from './record-batch-fact.command';

/** The cases a fact puts on the batch, by request field; the others name children already on it. */
function joiningCases(fact: RepatriationBatchCommand): [string, string][] {
  if (fact.type === 'PlanBatch') return fact.data.caseIds.map((caseId, i) => [`caseIds[${i}]`, caseId]);
  if (fact.type === 'AddChildToBatch') return [['caseId', fact.data.caseId]];
  return [];
}

@CommandHandler(RecordBatchFactCommand)
export class RecordBatchFactHandler implements ICommandHandler<RecordBatchFactCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  async execute({ caller, fact }: RecordBatchFactCommand): Promise<CommandOutcome> {
    const unknown = await unknownCases(this.cases, joiningCases(fact));
    if (unknown.length > 0) throw casesUnknown(unknown);
    return recordOnStream({ store: this.store, ids: this.ids }, repatriationBatchDecider, batchStreamId(fact.data.batchId), fact, caller, {
      jurisdiction: batchFactJurisdiction(caller.principal, fact),
      ...(fact.type === 'PlanBatch' ? { expectedRevision: 'no_stream' as const } : {}),
    });
  }
}
