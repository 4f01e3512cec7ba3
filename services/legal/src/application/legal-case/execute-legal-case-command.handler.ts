import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { legalCaseDecider } from '../../domain/legal-case/legal-case.decider';
import type { CommandOutcome } from '../caller-context';
import { requireCovers } from '../jurisdiction';
import { CASE_DIRECTORY } from '../legal.di-tokens';
import { recordOn } from '../record-command';
import type { CaseDirectory } from '../references/case-directory.port';
import { CaseNotFoundError } from '../references/legal.errors';
import { ReferenceChecks } from '../references/reference-checks';
import { ExecuteLegalCaseCommand } from './execute-legal-case-command.command';
import { referencesOf } from './legal-case-references';

@CommandHandler(ExecuteLegalCaseCommand)
export class ExecuteLegalCaseCommandHandler implements ICommandHandler<ExecuteLegalCaseCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
    private readonly references: ReferenceChecks,
  ) {}

  /**
   * The child's case must exist (404) and the token cover its state (403). Facts are recorded
   * under the record's state, or under the state the caller names (`jurisdiction`, which the
   * token must cover too) when a fact is another state's, e.g. a Bihar relief-fund claim.
   */
  async execute({ caseId, command, caller }: ExecuteLegalCaseCommand): Promise<CommandOutcome> {
    const opening = await this.cases.opening(caseId);
    if (opening === undefined) throw new CaseNotFoundError();
    const recordState = requireCovers(caller.principal, opening.state);
    const refs = referencesOf(command);
    this.references.district(refs.district);
    await this.references.fir(refs.fir);
    const decider = legalCaseDecider(opening.openedAt);
    return recordOn({ store: this.store, ids: this.ids, decider }, `legal-${caseId}`, command, caller, caller.jurisdiction ?? recordState);
  }
}
