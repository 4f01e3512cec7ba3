import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  assertKnownCodes,
  CASE_DIRECTORY,
  CaseNotFoundError,
  recordOnStream,
  STREAM_WRITER,
  type CaseDirectory,
  type CommandOutcome,
  type StreamWriter,
} from '@setu/service-kit';
import { legalCaseDecider } from '../../domain/legal-case/legal-case.decider';
import { requireCovers } from '../jurisdiction';
import { RESCUED_CASES } from '../legal.di-tokens';
import { ReferenceChecks } from '../references/reference-checks';
import { ExecuteLegalCaseCommand } from './execute-legal-case-command.command';
import { referencesOf } from './legal-case-references';

@CommandHandler(ExecuteLegalCaseCommand)
export class ExecuteLegalCaseCommandHandler implements ICommandHandler<ExecuteLegalCaseCommand> {
  constructor(
    @Inject(STREAM_WRITER) private readonly writer: StreamWriter,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
    @Inject(RESCUED_CASES) private readonly rescued: CaseDirectory,
    private readonly references: ReferenceChecks,
  ) {}

  /**
   * The child's case must exist (404) and the token cover its state (403). Facts are recorded
   * under the record's state, or under the state the caller names (`jurisdiction`, which the
   * token must cover too) when a fact is another state's, e.g. a Bihar relief-fund claim.
   * Only a case the rescue opened bounds the facts' dates: one reintegration opened (a child
   * who came home with no record) has no known rescue time.
   */
  async execute({ caseId, command, caller }: ExecuteLegalCaseCommand): Promise<CommandOutcome> {
    const rescue = await this.rescued.find(caseId);
    const opening = rescue.exists ? rescue : await this.cases.find(caseId);
    if (!opening.exists) throw new CaseNotFoundError();
    const recordState = requireCovers(caller.principal, opening.state);
    const refs = referencesOf(command);
    assertKnownCodes(refs.districts ?? []);
    await this.references.fir(refs.fir);
    const decider = legalCaseDecider(rescue.exists ? rescue.openedAt : undefined);
    const result = await recordOnStream(this.writer, decider, `legal-${caseId}`, command, caller, { jurisdiction: caller.jurisdiction ?? recordState });
    return { revision: result.nextExpectedRevision };
  }
}
