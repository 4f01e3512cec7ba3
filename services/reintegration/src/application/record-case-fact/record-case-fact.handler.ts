import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { caseStreamId, reintegrationCaseDecider } from '../../domain';
import { CASE_DIRECTORY } from '../../reintegration.di-tokens';
import type { CommandOutcome } from '../caller';
import { caseFactJurisdiction } from '../jurisdiction';
import type { CaseDirectory } from '../ports';
import { recordOnStream, unknownCases } from '../record-on-stream';
import { casesUnknown } from '../rejections';
import { RecordCaseFactCommand, type CaseFact } from './record-case-fact.command';

/** The cases a fact names, by request field: its own, and the later case a re-trafficking links. */
function namedCases(fact: CaseFact): [string, string | undefined][] {
  const own: [string, string][] = [['caseId', fact.data.caseId]];
  return fact.type === 'ConfirmReTrafficking' ? [...own, ['laterCaseId', fact.data.laterCaseId]] : own;
}

@CommandHandler(RecordCaseFactCommand)
export class RecordCaseFactHandler implements ICommandHandler<RecordCaseFactCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  async execute({ caller, fact }: RecordCaseFactCommand): Promise<CommandOutcome> {
    const unknown = await unknownCases(this.cases, namedCases(fact));
    if (unknown.length > 0) throw casesUnknown(unknown);
    return recordOnStream({ store: this.store, ids: this.ids }, reintegrationCaseDecider, caseStreamId(fact.data.caseId), fact, caller, {
      jurisdiction: caseFactJurisdiction(caller.principal, fact),
    });
  }
}
