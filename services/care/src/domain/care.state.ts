import type { CareEvent, LearningLevelAssessed } from '@setu/contracts';
import { insertByTime, normalised, whereaboutsAt, type PlacementFact, type Whereabouts } from './whereabouts';

export type Assessment = Omit<LearningLevelAssessed['data'], 'caseId' | 'assessedBy'>;

/** What later commands are checked against: the facts they may name or contradict. */
export interface CareRecord {
  readonly caseId: string;
  /** In field-time order. */
  readonly placements: readonly PlacementFact[];
  /** Normalised references of the CWC orders already recorded. */
  readonly admissionOrders: readonly string[];
  readonly dischargeOrders: readonly string[];
  readonly missingEpisodes: Readonly<Record<string, { readonly lastSeenAt: string; readonly foundAt: string | null }>>;
  readonly carePlan: { readonly planId: string; readonly createdAt: string; readonly goalIds: readonly string[] } | null;
  readonly assessments: Readonly<Record<string, Assessment>>;
}

/** A child's care record: nothing yet, or the facts so far and where they leave the child. */
export type CareState = { readonly status: 'none' } | (CareRecord & Whereabouts);

export const initialCareState = (): CareState => ({ status: 'none' });

/** The record without the whereabouts derived from it; an empty one before the first fact. */
export function recordOf(state: CareState, caseId: string): CareRecord {
  if (state.status === 'none') {
    return { caseId, placements: [], admissionOrders: [], dischargeOrders: [], missingEpisodes: {}, carePlan: null, assessments: {} };
  }
  const { placements, admissionOrders, dischargeOrders, missingEpisodes, carePlan, assessments } = state;
  return { caseId: state.caseId, placements, admissionOrders, dischargeOrders, missingEpisodes, carePlan, assessments };
}

export function evolveCare(state: CareState, event: CareEvent): CareState {
  const record = evolveRecord(recordOf(state, event.data.caseId), event);
  return { ...record, ...whereaboutsAt(record.placements) };
}

function evolveRecord(record: CareRecord, event: CareEvent): CareRecord {
  switch (event.type) {
    case 'care.ShelterAdmitted': {
      const { admittedAt: at, home, cwcOrderReference } = event.data;
      return {
        ...placed(record, { kind: 'admitted', at, home }),
        admissionOrders: [...record.admissionOrders, normalised(cwcOrderReference)],
      };
    }
    case 'care.TransferredBetweenHomes':
      return placed(record, { kind: 'transferred', at: event.data.transferredAt, home: event.data.toHome });
    case 'care.MissingFromShelter': {
      const { missingId, lastSeenAt } = event.data;
      return {
        ...placed(record, { kind: 'missing', at: lastSeenAt, missingId }),
        missingEpisodes: { ...record.missingEpisodes, [missingId]: { lastSeenAt, foundAt: null } },
      };
    }
    case 'care.FoundAfterMissing': {
      const { missingId, foundAt, returnedToShelter } = event.data;
      const episode = missingId === undefined ? undefined : record.missingEpisodes[missingId];
      const found = placed(record, { kind: 'found', at: foundAt, returnedToShelter });
      if (missingId === undefined || episode === undefined) return found;
      return { ...found, missingEpisodes: { ...record.missingEpisodes, [missingId]: { ...episode, foundAt } } };
    }
    case 'care.DischargedFromShelter':
      return {
        ...placed(record, { kind: 'discharged', at: event.data.dischargedAt }),
        dischargeOrders: [...record.dischargeOrders, normalised(event.data.cwcOrderReference)],
      };
    case 'care.CarePlanCreated': {
      const { planId, createdAt, goals } = event.data;
      return { ...record, carePlan: { planId, createdAt, goalIds: goals.map((g) => g.goalId) } };
    }
    case 'care.CarePlanReviewed': {
      if (record.carePlan === null) return record;
      const goalIds = [...record.carePlan.goalIds, ...event.data.newGoals.map((g) => g.goalId)];
      return { ...record, carePlan: { ...record.carePlan, goalIds } };
    }
    case 'care.LearningLevelAssessed': {
      const { caseId: _, assessedBy: __, ...assessment } = event.data;
      return { ...record, assessments: { ...record.assessments, [assessment.assessmentId]: assessment } };
    }
    case 'care.CounsellingSessionHeld':
    case 'care.HealthCheckRecorded':
    case 'care.ReportCardIssued':
    case 'care.BankAccountOpened':
      return record;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

function placed(record: CareRecord, fact: PlacementFact): CareRecord {
  return { ...record, placements: insertByTime(record.placements, fact) };
}
