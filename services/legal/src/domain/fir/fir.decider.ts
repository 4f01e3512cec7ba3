import type { FirEvent } from '@setu/contracts';
import type { Decider } from '@setu/decider';
import type { FirCommand } from './fir.commands';
import { addVictims, nameAccused, recordAccusedStatus, registerFir } from './fir-parties.decide';
import { firAlreadyRegistered, firNotFound } from './fir.rejections';
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

/** A FIR stream (`fir-<firId>`): the FIR, its children and accused, and the prosecution that follows. */
export const firDecider: Decider<FirCommand, FirEvent, FirState> = {
  initialState: initialFirState,
  evolve: evolveFir,
  decide(command, state) {
    if (command.type === 'RegisterFir') {
      if (state.status === 'registered') throw firAlreadyRegistered();
      return registerFir(command);
    }
    if (state.status === 'unregistered') throw firNotFound();
    return decideOnRegistered(command, state);
  },
};

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
