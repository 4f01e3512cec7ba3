import type { AccusedNamed, AccusedStatus, AppealFiled, BailHearingHeld, FirEvent, Jurisdiction, SummonsIssued, TestimonyGiven } from '@setu/contracts';
import { stateOfDistrict } from '@setu/service-kit';
import { sectionView, type SectionView } from '../references/legal-section.catalogue';

type Data<E extends { data: object }> = E['data'];
type OnFir<E extends { data: object }> = Omit<Data<E>, 'firId'>;

/** A change of where an accused stands: a custody status, or a judgment's verdict. */
export interface CustodyChange {
  /** One of ACCUSED_STATUSES (contracts): `arrested`, `absconding`, `on_bail`, `convicted`, `acquitted`. */
  readonly status: AccusedStatus;
  readonly since: string;
  /** The bail hearing that granted bail, for `on_bail` recorded by one. */
  readonly bailHearingId?: string;
  /** The judgment, for `convicted` and `acquitted`. */
  readonly judgmentId?: string;
}

export interface AccusedView extends Omit<OnFir<AccusedNamed>, 'status'> {
  /**
   * The latest of the custody statuses recorded and the verdicts delivered, in the order they
   * were recorded: `convicted` or `acquitted` from a judgment until a later custody fact (bail
   * pending appeal, say); `unknown` until anything is recorded.
   */
  readonly status: AccusedStatus | 'unknown';
  readonly statusSince?: string;
  readonly custodyHistory: readonly CustodyChange[];
}

export interface SummonsView extends OnFir<SummonsIssued> {
  readonly servedAt?: string;
  readonly knownToNgo?: { readonly learnedAt: string; readonly organisation: string };
}

export interface VerdictView {
  readonly accusedId: string;
  readonly verdict: string;
  readonly sections: readonly SectionView[];
  readonly sentence?: object;
}

export interface FirView {
  readonly firId: string;
  readonly number: string;
  readonly policeStation: string;
  readonly district: string;
  /** The police station's state: reading the FIR takes a token that covers it. */
  readonly state?: Jurisdiction;
  readonly registeredAt: string;
  readonly sections: readonly SectionView[];
  readonly victims: readonly { readonly caseId: string; readonly addedAt: string }[];
  readonly accused: readonly AccusedView[];
  readonly bailHearings: readonly OnFir<BailHearingHeld>[];
  readonly chargeSheets: readonly { chargeSheetId: string; filedAt: string; court: string; sections: SectionView[]; accusedIds: string[] }[];
  readonly summons: readonly SummonsView[];
  readonly testimonies: readonly OnFir<TestimonyGiven>[];
  readonly judgments: readonly { judgmentId: string; deliveredAt: string; court: string; verdicts: VerdictView[] }[];
  readonly appeals: readonly (OnFir<AppealFiled> & { decision?: { decidedAt: string; outcome: string } })[];
}

/** The FIR as the legal service shows it: every fact of its stream, sections under both codes. */
export function firView(events: readonly FirEvent[]): FirView | undefined {
  const [first, ...rest] = events;
  if (first?.type !== 'legal.FirRegistered') return undefined;
  const { firId: _, sections, ...fir } = first.data;
  const state = stateOfDistrict(fir.district);
  const initial: FirView = {
    firId: first.data.firId,
    ...fir,
    ...(state === undefined ? {} : { state }),
    sections: sections.map(sectionView),
    victims: [],
    accused: [],
    bailHearings: [],
    chargeSheets: [],
    summons: [],
    testimonies: [],
    judgments: [],
    appeals: [],
  };
  return rest.reduce(applyToView, initial);
}

function applyToView(view: FirView, event: FirEvent): FirView {
  switch (event.type) {
    case 'legal.FirRegistered':
      return view;
    case 'legal.VictimAdded':
      return { ...view, victims: [...view.victims, { caseId: event.data.caseId, addedAt: event.data.addedAt }] };
    case 'legal.AccusedNamed': {
      const { firId: _, status, ...person } = event.data;
      const history = status === undefined ? [] : [{ status, since: event.data.namedAt }];
      return { ...view, accused: [...view.accused, { ...person, status: status ?? 'unknown', ...since(history), custodyHistory: history }] };
    }
    case 'legal.AccusedStatusRecorded': {
      const { firId: _, accusedId, ...change } = event.data;
      return changeStatus(view, accusedId, change);
    }
    case 'legal.BailHearingHeld':
      return { ...view, bailHearings: [...view.bailHearings, withoutFir(event.data)] };
    case 'legal.ChargeSheetFiled':
      return { ...view, chargeSheets: [...view.chargeSheets, { ...withoutFir(event.data), sections: event.data.sections.map(sectionView) }] };
    case 'legal.SummonsIssued':
      return { ...view, summons: [...view.summons, withoutFir(event.data)] };
    case 'legal.SummonsServed':
      return updateSummons(view, event.data.summonsId, { servedAt: event.data.servedAt });
    case 'legal.SummonsKnownToNgo':
      return updateSummons(view, event.data.summonsId, { knownToNgo: { learnedAt: event.data.learnedAt, organisation: event.data.organisation } });
    case 'legal.TestimonyGiven':
      return { ...view, testimonies: [...view.testimonies, withoutFir(event.data)] };
    case 'legal.JudgmentDelivered': {
      const { accusedId, verdict, deliveredAt, judgmentId } = event.data;
      return changeStatus(addVerdict(view, event.data), accusedId, { status: verdict, since: deliveredAt, judgmentId });
    }
    case 'legal.AppealFiled':
      return { ...view, appeals: [...view.appeals, withoutFir(event.data)] };
    case 'legal.AppealDecided': {
      const decision = { decidedAt: event.data.decidedAt, outcome: event.data.outcome };
      return { ...view, appeals: view.appeals.map((a) => (a.appealId === event.data.appealId ? { ...a, decision } : a)) };
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

function withoutFir<T extends { firId: string }>(data: T): Omit<T, 'firId'> {
  const { firId: _, ...rest } = data;
  return rest;
}

function changeStatus(view: FirView, accusedId: string, change: CustodyChange): FirView {
  return {
    ...view,
    accused: view.accused.map((a) => (a.accusedId === accusedId ? { ...a, status: change.status, statusSince: change.since, custodyHistory: [...a.custodyHistory, change] } : a)),
  };
}

function since(history: readonly CustodyChange[]): { statusSince?: string } {
  const last = history.at(-1);
  return last === undefined ? {} : { statusSince: last.since };
}

/** Served or known twice (a correction): the later fact is shown. */
function updateSummons(view: FirView, summonsId: string, change: Partial<SummonsView>): FirView {
  return { ...view, summons: view.summons.map((s) => (s.summonsId === summonsId ? { ...s, ...change } : s)) };
}

function addVerdict(view: FirView, data: Extract<FirEvent, { type: 'legal.JudgmentDelivered' }>['data']): FirView {
  const verdict: VerdictView = {
    accusedId: data.accusedId,
    verdict: data.verdict,
    sections: data.sections.map(sectionView),
    ...(data.sentence === undefined ? {} : { sentence: data.sentence }),
  };
  const existing = view.judgments.find((j) => j.judgmentId === data.judgmentId);
  if (existing === undefined) {
    return { ...view, judgments: [...view.judgments, { judgmentId: data.judgmentId, deliveredAt: data.deliveredAt, court: data.court, verdicts: [verdict] }] };
  }
  return { ...view, judgments: view.judgments.map((j) => (j === existing ? { ...j, verdicts: [...j.verdicts, verdict] } : j)) };
}
