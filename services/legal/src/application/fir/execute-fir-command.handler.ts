import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { FirRegistered, Jurisdiction } from '@setu/contracts';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { firDecider } from '../../domain/fir/fir.decider';
import type { CommandOutcome } from '../caller-context';
import { recordOn } from '../record-command';
import { stateOfDistrict } from '../references/districts';
import { FirNotFoundError } from '../references/legal.errors';
import { ReferenceChecks } from '../references/reference-checks';
import { ExecuteFirCommand } from './execute-fir-command.command';
import { referencesOf } from './fir-references';

@CommandHandler(ExecuteFirCommand)
export class ExecuteFirCommandHandler implements ICommandHandler<ExecuteFirCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly references: ReferenceChecks,
  ) {}

  async execute({ firId, command, caller }: ExecuteFirCommand): Promise<CommandOutcome> {
    const streamId = `fir-${firId}`;
    const refs = referencesOf(command);
    this.references.district(refs.district);
    const firState = command.type === 'RegisterFir' ? stateOfDistrict(command.data.district) : await this.stateOfFir(streamId);
    this.references.sections(refs.sections);
    await this.references.cases(refs.cases);

    // A FIR's facts carry its state, unless recorded by someone outside it (a Bihar NGO learning
    // of a summons): then the caller's own state. Who may record what is the access layer's call.
    const jurisdiction = firState !== undefined && caller.principal.states.includes(firState) ? firState : caller.jurisdiction;
    return recordOn({ store: this.store, ids: this.ids, decider: firDecider }, streamId, command, caller, jurisdiction);
  }

  /** The FIR's state, from its first event; a FIR never registered is not found. */
  private async stateOfFir(streamId: string): Promise<Jurisdiction | undefined> {
    const head = await this.store.readStream(streamId, { maxCount: 1 });
    const registered = head.events[0]?.data as FirRegistered['data'] | undefined;
    if (registered === undefined) throw new FirNotFoundError();
    return stateOfDistrict(registered.district);
  }
}
