import type { AccusedStatus, FirEvent } from '@setu/contracts';

/** What deciding on a FIR needs: when and where it was registered, who is on it, and the summons and appeals it can refer to. */
export type FirState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'registered';
      readonly firId: string;
      /** The police station's district: the FIR's state, to which its record belongs. */
      readonly district: string;
      /** No fact of the prosecution can be dated before it. */
      readonly registeredAt: string;
      readonly victims: readonly string[];
      /** Custody status or, after a judgment, verdict per accused id; `unknown` until one is recorded. */
      readonly accused: Readonly<Record<string, AccusedStatus | 'unknown'>>;
      /** The child each summons is for, by summons id. */
      readonly summons: Readonly<Record<string, string>>;
      readonly appeals: readonly string[];
    };

export type RegisteredFir = Extract<FirState, { status: 'registered' }>;

export const initialFirState = (): FirState => ({ status: 'unregistered' });

export function evolveFir(state: FirState, event: FirEvent): FirState {
  if (event.type === 'legal.FirRegistered') {
    const { firId, district, registeredAt } = event.data;
    return { status: 'registered', firId, district, registeredAt, victims: [], accused: {}, summons: {}, appeals: [] };
  }
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'legal.VictimAdded':
      return { ...state, victims: [...state.victims, event.data.caseId] };
    case 'legal.AccusedNamed':
      return { ...state, accused: { ...state.accused, [event.data.accusedId]: event.data.status ?? 'unknown' } };
    case 'legal.AccusedStatusRecorded':
      return { ...state, accused: { ...state.accused, [event.data.accusedId]: event.data.status } };
    case 'legal.JudgmentDelivered':
      // The verdict is where the accused now stands: bail pending appeal is a change from it.
      return { ...state, accused: { ...state.accused, [event.data.accusedId]: event.data.verdict } };
    case 'legal.SummonsIssued':
      return { ...state, summons: { ...state.summons, [event.data.summonsId]: event.data.caseId } };
    case 'legal.AppealFiled':
      return { ...state, appeals: [...state.appeals, event.data.appealId] };
    case 'legal.BailHearingHeld':
    case 'legal.ChargeSheetFiled':
    case 'legal.SummonsServed':
    case 'legal.SummonsKnownToNgo':
    case 'legal.TestimonyGiven':
    case 'legal.AppealDecided':
      return state;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
