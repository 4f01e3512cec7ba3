import type { FirEvent } from '@setu/contracts';
import type { AccusedInput, AddVictims, NameAccused, RecordAccusedStatus, RegisterFir } from './fir.commands';
import { accusedNotFound } from './fir.rejections';
import type { RegisteredFir } from './fir.state';

// The FIR itself and who is on it: children (by case id) and accused.

export function registerFir(command: RegisterFir): FirEvent[] {
  const { victims, accused, ...fir } = command.data;
  return [
    { type: 'legal.FirRegistered', data: fir },
    ...victimsAdded(fir.firId, [], victims, fir.registeredAt),
    ...accusedNamed(fir.firId, {}, accused, fir.registeredAt),
  ];
}

export function addVictims(command: AddVictims, state: RegisteredFir): FirEvent[] {
  return victimsAdded(state.firId, state.victims, command.data.caseIds, command.data.addedAt);
}

export function nameAccused(command: NameAccused, state: RegisteredFir): FirEvent[] {
  return accusedNamed(state.firId, state.accused, command.data.accused, command.data.namedAt);
}

export function recordAccusedStatus(command: RecordAccusedStatus, state: RegisteredFir): FirEvent[] {
  const current = state.accused[command.data.accusedId];
  if (current === undefined) throw accusedNotFound();
  if (current === command.data.status) return [];
  return [{ type: 'legal.AccusedStatusRecorded', data: { firId: state.firId, ...command.data } }];
}

/** A child already on the FIR, or named twice, is added once: adding is idempotent. */
function victimsAdded(firId: string, existing: readonly string[], caseIds: readonly string[], addedAt: string): FirEvent[] {
  const fresh = [...new Set(caseIds)].filter((caseId) => !existing.includes(caseId));
  return fresh.map((caseId) => ({ type: 'legal.VictimAdded', data: { firId, caseId, addedAt } }));
}

function accusedNamed(
  firId: string,
  existing: RegisteredFir['accused'],
  accused: readonly AccusedInput[],
  namedAt: string,
): FirEvent[] {
  return accused
    .filter((person) => existing[person.accusedId] === undefined)
    .map((person) => ({ type: 'legal.AccusedNamed', data: { firId, ...person, namedAt } }));
}
