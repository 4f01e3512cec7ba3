import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CaseRef, CommandOutcome } from '@setu/service-kit';
import { caseStreamId, reintegrationCaseDecider } from '../../domain';
import { caseDistricts } from '../district-codes';
import { FactWriter } from '../fact-writer';
import { caseFactJurisdiction } from '../jurisdiction';
import { RecordCaseFactCommand, type CaseFact } from './record-case-fact.command';

/** The cases a fact names, by request field: its own, and the later case a re-trafficking links. */
function namedCases(fact: CaseFact): CaseRef[] {
  const own: CaseRef = { field: 'caseId', caseId: fact.data.caseId };
  return fact.type === 'ConfirmReTrafficking' ? [own, { field: 'laterCaseId', caseId: fact.data.laterCaseId }] : [own];
}

@CommandHandler(RecordCaseFactCommand)
export class RecordCaseFactHandler implements ICommandHandler<RecordCaseFactCommand> {
  constructor(private readonly facts: FactWriter) {}

  execute({ caller, fact }: RecordCaseFactCommand): Promise<CommandOutcome> {
    const references = { districts: caseDistricts(fact), cases: namedCases(fact) };
    return this.facts.record(reintegrationCaseDecider, caseStreamId(fact.data.caseId), fact, caller, references, {
      jurisdiction: caseFactJurisdiction(caller.principal, fact),
    });
  }
}
