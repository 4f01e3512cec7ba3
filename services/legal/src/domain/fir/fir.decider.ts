import type { FirEvent } from '@setu/contracts';
import type { Decider } from '@setu/decider';
import type { FirCommand } from './fir.commands';
import { addVictims, nameAccused, recordAccusedStatus, registerFir } from './fir-parties.decide';
import { isBefore, type DatedFact } from '../time-order';
import { firAlreadyRegistered, firNotFound, stepBeforeFirRegistration } from './fir.rejections';
import { evolveFir, initialFirState, type FirState, type RegisteredFir } from './fir.state';
import { recordJudgment } from './judgment.decide';
import {
  fileAppeal,
  fileChargeSheet,
  issueSummons,
  recordAppealDecision,
  recordBailHearing,
  recordSummonsKnownToNgo,
  recordSummonsServed,
  recordTestimony,
} from './prosecution.decide';

/**
 * A FIR stream (`fir-<firId>`): the FIR, its children and accused, and the prosecution that follows.
 * A FIR may be registered at any time, and children are linked to it whatever its date: a FIR is
 * often registered the night of the raid, before or after each child's case was opened. Every
 * fact of the prosecution (bail, charge sheet, summons, testimony, judgment, appeal) follows the
 * registration; one dated before it is refused (422 naming the field). Late facts are accepted.
 */
export const firDecider: Decider<FirCommand, FirEvent, FirState> = {
  initialState: initialFirState,
  evolve: evolveFir,
  decide(command, state) {
    if (command.type === 'RegisterFir') {
      if (state.status === 'registered') throw firAlreadyRegistered();
      return registerFir(command);
    }
    if (state.status === 'unregistered') throw firNotFound();
    const events = decideOnRegistered(command, state);
    const dated = prosecutionFact(command);
    if (dated !== undefined && isBefore(dated.at, state.registeredAt)) throw stepBeforeFirRegistration(dated.field, state.registeredAt);
    return events;
  },
};

/**
 * The date of a prosecution fact, named by its request field. Adding children, naming accused
 * and custody changes are not bound: an arrest at the raid precedes the FIR written that night.
 */
function prosecutionFact(command: Exclude<FirCommand, { type: 'RegisterFir' }>): DatedFact | undefined {
  switch (command.type) {
    case 'RecordBailHearing':
      return { field: 'heldAt', at: command.data.heldAt };
    case 'FileChargeSheet':
      return { field: 'filedAt', at: command.data.filedAt };
    case 'IssueSummons':
      return { field: 'issuedAt', at: command.data.issuedAt };
    case 'RecordSummonsServed':
      return { field: 'servedAt', at: command.data.servedAt };
    case 'RecordSummonsKnownToNgo':
      return { field: 'learnedAt', at: command.data.learnedAt };
    case 'RecordTestimony':
      return { field: 'testifiedAt', at: command.data.testifiedAt };
    case 'RecordJudgment':
      return { field: 'deliveredAt', at: command.data.deliveredAt };
    case 'FileAppeal':
      return { field: 'filedAt', at: command.data.filedAt };
    case 'RecordAppealDecision':
      return { field: 'decidedAt', at: command.data.decidedAt };
    case 'AddVictims':
    case 'NameAccused':
    case 'RecordAccusedStatus':
      return undefined;
    default: {
      const unknown: never = command;
      throw new Error(`unknown FIR command ${JSON.stringify(unknown)}`);
    }
  }
}

function decideOnRegistered(command: Exclude<FirCommand, { type: 'RegisterFir' }>, state: RegisteredFir): FirEvent[] {
  switch (command.type) {
    case 'AddVictims':
      return addVictims(command, state);
    case 'NameAccused':
      return nameAccused(command, state);
    case 'RecordAccusedStatus':
      return recordAccusedStatus(command, state);
    case 'RecordBailHearing':
      return recordBailHearing(command, state);
    case 'FileChargeSheet':
      return fileChargeSheet(command, state);
    case 'IssueSummons':
      return issueSummons(command, state);
    case 'RecordSummonsServed':
      return recordSummonsServed(command, state);
    case 'RecordSummonsKnownToNgo':
      return recordSummonsKnownToNgo(command, state);
    case 'RecordTestimony':
      return recordTestimony(command, state);
    case 'RecordJudgment':
      return recordJudgment(command, state);
    case 'FileAppeal':
      return fileAppeal(command, state);
    case 'RecordAppealDecision':
      return recordAppealDecision(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`unknown FIR command ${JSON.stringify(unknown)}`);
    }
  }
}
