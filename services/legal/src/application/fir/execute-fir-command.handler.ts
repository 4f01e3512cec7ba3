import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Principal } from '@setu/access';
import type { FirEvent, FirRegistered, Jurisdiction } from '@setu/contracts';
import { foldEvents } from '@setu/decider';
import {
  assertKnownCodes,
  CASE_DIRECTORY,
  ownEvents,
  recordOnStream,
  stateOfDistrict,
  STREAM_WRITER,
  UnknownCaseError,
  unknownCases,
  type CaseDirectory,
  type CommandOutcome,
  type StreamWriter,
} from '@setu/service-kit';
import type { RecordSummonsKnownToNgo } from '../../domain/fir/fir.commands';
import { firDecider } from '../../domain/fir/fir.decider';
import { covers, requireCovers } from '../jurisdiction';
import { FirNotFoundError } from '../references/legal.errors';
import { ReferenceChecks } from '../references/reference-checks';
import { ExecuteFirCommand } from './execute-fir-command.command';
import { referencesOf } from './fir-references';

@CommandHandler(ExecuteFirCommand)
export class ExecuteFirCommandHandler implements ICommandHandler<ExecuteFirCommand> {
  constructor(
    @Inject(STREAM_WRITER) private readonly writer: StreamWriter,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
    private readonly references: ReferenceChecks,
  ) {}

  async execute({ firId, command, caller }: ExecuteFirCommand): Promise<CommandOutcome> {
    const streamId = `fir-${firId}`;
    const refs = referencesOf(command);
    assertKnownCodes(refs.districts);
    // Registering a FIR, like every later fact on it, takes a token for the FIR's state (403).
    const jurisdiction =
      command.type === 'RegisterFir'
        ? requireCovers(caller.principal, stateOfDistrict(command.data.district))
        : await this.jurisdictionOn(streamId, caller.principal, command.type === 'RecordSummonsKnownToNgo' ? command : undefined);
    this.references.sections(refs.sections);
    const unknown = await unknownCases(this.cases, refs.cases);
    if (unknown.length > 0) throw new UnknownCaseError(unknown);
    const result = await recordOnStream(this.writer, firDecider, streamId, command, caller, { jurisdiction });
    return { revision: result.nextExpectedRevision };
  }

  /**
   * The state a fact on an existing FIR is recorded under: the FIR's, which the token must cover.
   * Deliberate exception: the NGO of the summoned child's home (a Bihar NGO for a Bihar child
   * summoned by a Rajasthan court) may record when it learned of the summons without a token
   * for the FIR's state; that fact is recorded under the child's home state. Everything else on
   * the FIR, reading it included, stays closed to it.
   */
  private async jurisdictionOn(streamId: string, principal: Principal, ngoNotice: RecordSummonsKnownToNgo | undefined): Promise<Jurisdiction> {
    const head = await this.writer.store.readStream(streamId, { maxCount: 1 });
    const registered = head.events[0]?.data as FirRegistered['data'] | undefined;
    if (registered === undefined) throw new FirNotFoundError();
    const firState = stateOfDistrict(registered.district);
    if (covers(principal, firState) || ngoNotice === undefined) return requireCovers(principal, firState);
    const homeState = await this.homeStateOfSummoned(streamId, ngoNotice.data.summonsId);
    return covers(principal, homeState) ? homeState : requireCovers(principal, firState);
  }

  /** The home state of the child a summons of the FIR is for; undefined for an unknown summons or home. */
  private async homeStateOfSummoned(streamId: string, summonsId: string): Promise<Jurisdiction | undefined> {
    const state = foldEvents(firDecider, ownEvents<FirEvent>((await this.writer.store.readStream(streamId)).events));
    const caseId = state.status === 'registered' ? state.summons[summonsId] : undefined;
    if (caseId === undefined) return undefined;
    const opening = await this.cases.find(caseId);
    return opening.exists ? opening.homeState : undefined;
  }
}
