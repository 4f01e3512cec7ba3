import type { FirEvent } from '@setu/contracts';
import type {
  FileAppeal,
  FileChargeSheet,
  IssueSummons,
  RecordAppealDecision,
  RecordBailHearing,
  RecordSummonsKnownToNgo,
  RecordSummonsServed,
  RecordTestimony,
} from './fir.commands';
import { accusedNotOnFir, appealNotFound, childNotOnFir, summonsNotFound, summonsOfAnotherChild } from './fir.rejections';
import type { RegisteredFir } from './fir.state';

// Bail, charge sheet, summons, testimony and appeals. Late or out-of-order facts are accepted;
// only references to people or papers the FIR does not have are refused.

export function recordBailHearing(command: RecordBailHearing, state: RegisteredFir): FirEvent[] {
  const { accusedId, hearingId, heldAt, outcome } = command.data;
  requireAccused(state, [['accusedId', accusedId]]);
  const hearing: FirEvent = { type: 'legal.BailHearingHeld', data: { firId: state.firId, ...command.data } };
  // Bail granted puts the accused on bail from the hearing: recorded as its own fact, naming the hearing.
  if (outcome !== 'granted' || state.accused[accusedId] === 'on_bail') return [hearing];
  return [
    hearing,
    { type: 'legal.AccusedStatusRecorded', data: { firId: state.firId, accusedId, status: 'on_bail', since: heldAt, bailHearingId: hearingId } },
  ];
}

export function fileChargeSheet(command: FileChargeSheet, state: RegisteredFir): FirEvent[] {
  requireAccused(state, command.data.accusedIds.map((id, i) => [`accusedIds[${i}]`, id]));
  return [{ type: 'legal.ChargeSheetFiled', data: { firId: state.firId, ...command.data } }];
}

export function issueSummons(command: IssueSummons, state: RegisteredFir): FirEvent[] {
  if (!state.victims.includes(command.data.caseId)) throw childNotOnFir('caseId');
  return [{ type: 'legal.SummonsIssued', data: { firId: state.firId, ...command.data } }];
}

export function recordSummonsServed(command: RecordSummonsServed, state: RegisteredFir): FirEvent[] {
  const caseId = summonedChild(state, command.data.summonsId);
  return [{ type: 'legal.SummonsServed', data: { firId: state.firId, caseId, ...command.data } }];
}

export function recordSummonsKnownToNgo(command: RecordSummonsKnownToNgo, state: RegisteredFir): FirEvent[] {
  const caseId = summonedChild(state, command.data.summonsId);
  return [{ type: 'legal.SummonsKnownToNgo', data: { firId: state.firId, caseId, ...command.data } }];
}

export function recordTestimony(command: RecordTestimony, state: RegisteredFir): FirEvent[] {
  const { caseId, summonsId } = command.data;
  if (!state.victims.includes(caseId)) throw childNotOnFir('caseId');
  if (summonsId !== undefined && state.summons[summonsId] !== caseId) throw summonsOfAnotherChild('summonsId');
  return [{ type: 'legal.TestimonyGiven', data: { firId: state.firId, ...command.data } }];
}

export function fileAppeal(command: FileAppeal, state: RegisteredFir): FirEvent[] {
  requireAccused(state, command.data.accusedIds.map((id, i) => [`accusedIds[${i}]`, id]));
  return [{ type: 'legal.AppealFiled', data: { firId: state.firId, ...command.data } }];
}

export function recordAppealDecision(command: RecordAppealDecision, state: RegisteredFir): FirEvent[] {
  if (!state.appeals.includes(command.data.appealId)) throw appealNotFound();
  return [{ type: 'legal.AppealDecided', data: { firId: state.firId, ...command.data } }];
}

/** Throws naming every field whose accused is not on the FIR. */
export function requireAccused(state: RegisteredFir, refs: readonly (readonly [field: string, accusedId: string])[]): void {
  const missing = refs.filter(([, id]) => state.accused[id] === undefined).map(([field]) => field);
  if (missing.length > 0) throw accusedNotOnFir(missing);
}

function summonedChild(state: RegisteredFir, summonsId: string): string {
  const caseId = state.summons[summonsId];
  if (caseId === undefined) throw summonsNotFound();
  return caseId;
}
