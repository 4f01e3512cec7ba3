import type { FirEvent } from '@setu/contracts';
import type { RecordJudgment, VerdictInput } from './fir.commands';
import { incoherentVerdict } from './fir.rejections';
import type { RegisteredFir } from './fir.state';
import { requireAccused } from './prosecution.decide';

/** One event per accused judged, sharing the judgment's id. */
export function recordJudgment(command: RecordJudgment, state: RegisteredFir): FirEvent[] {
  const { verdicts, ...judgment } = command.data;
  requireAccused(state, verdicts.map((v, i) => [`verdicts[${i}].accusedId`, v.accusedId]));
  verdicts.forEach(requireCoherent);
  return verdicts.map((verdict) => ({ type: 'legal.JudgmentDelivered', data: { firId: state.firId, ...judgment, ...verdict } }));
}

function requireCoherent(verdict: VerdictInput, index: number, all: readonly VerdictInput[]): void {
  const at = `verdicts[${index}]`;
  if (all.findIndex((v) => v.accusedId === verdict.accusedId) !== index) {
    throw incoherentVerdict(`${at}.accusedId`, 'an accused has one verdict per judgment');
  }
  if (verdict.verdict === 'acquitted' && verdict.sentence !== undefined) {
    throw incoherentVerdict(`${at}.sentence`, 'an acquitted accused is not sentenced');
  }
  if (verdict.verdict === 'convicted' && verdict.sections.length === 0) {
    throw incoherentVerdict(`${at}.sections`, 'a conviction names the sections it is under');
  }
}
