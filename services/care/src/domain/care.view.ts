import type { CareEvent, CarePlanGoal, GoalStatus } from '@setu/contracts';
import { evolveCare, initialCareState, type CareState } from './care.state';
import { isBefore } from './time';
import type { Home } from './whereabouts';

type Data<T extends CareEvent['type']> = Extract<CareEvent, { type: T }>['data'];
type Own<T extends CareEvent['type'], Less extends string = never> = Omit<Data<T>, 'caseId' | Less>;

export type GoalView = CarePlanGoal & { readonly status: GoalStatus; readonly lastReviewedAt: string | null };
export type CarePlanView = Own<'care.CarePlanCreated', 'goals'> & {
  readonly goals: readonly GoalView[];
  readonly reviews: readonly Own<'care.CarePlanReviewed', 'planId'>[];
};
export type MissingEpisodeView = Own<'care.MissingFromShelter'> & { readonly found: Own<'care.FoundAfterMissing', 'missingId'> | null };

/** The care service's own record of a child, everything on its stream, each list in the order recorded. */
export interface CareCaseView {
  readonly caseId: string;
  /** Where the facts, in field-time order, leave the child. */
  readonly status: Exclude<CareState['status'], 'none'>;
  readonly currentHome: Home | null;
  readonly admissions: readonly Own<'care.ShelterAdmitted'>[];
  readonly transfers: readonly Own<'care.TransferredBetweenHomes'>[];
  readonly missingEpisodes: readonly MissingEpisodeView[];
  /** Findings that end no recorded missing report (the report is missing). */
  readonly foundWithoutReport: readonly Own<'care.FoundAfterMissing'>[];
  readonly discharges: readonly Own<'care.DischargedFromShelter'>[];
  readonly counsellingSessions: readonly Own<'care.CounsellingSessionHeld'>[];
  readonly carePlan: CarePlanView | null;
  readonly healthChecks: readonly Own<'care.HealthCheckRecorded'>[];
  readonly learningAssessments: readonly Own<'care.LearningLevelAssessed'>[];
  readonly reportCards: readonly Own<'care.ReportCardIssued'>[];
  readonly bankAccounts: readonly Own<'care.BankAccountOpened'>[];
}

type Lists = Omit<CareCaseView, 'caseId' | 'status' | 'currentHome'>;

/** Folds a care stream into its view; undefined for a stream with no events. */
export function careCaseView(events: Iterable<CareEvent>): CareCaseView | undefined {
  let state = initialCareState();
  let lists: Lists = {
    admissions: [],
    transfers: [],
    missingEpisodes: [],
    foundWithoutReport: [],
    discharges: [],
    counsellingSessions: [],
    carePlan: null,
    healthChecks: [],
    learningAssessments: [],
    reportCards: [],
    bankAccounts: [],
  };
  for (const event of events) {
    state = evolveCare(state, event);
    lists = collect(lists, event);
  }
  if (state.status === 'none') return undefined;
  const currentHome = state.status === 'in_shelter' || state.status === 'missing' ? state.home : null;
  return { caseId: state.caseId, status: state.status, currentHome, ...lists };
}

function collect(lists: Lists, event: CareEvent): Lists {
  switch (event.type) {
    case 'care.ShelterAdmitted':
      return { ...lists, admissions: [...lists.admissions, own(event.data)] };
    case 'care.TransferredBetweenHomes':
      return { ...lists, transfers: [...lists.transfers, own(event.data)] };
    case 'care.MissingFromShelter':
      return { ...lists, missingEpisodes: [...lists.missingEpisodes, { ...own(event.data), found: null }] };
    case 'care.FoundAfterMissing': {
      const { missingId, ...found } = own(event.data);
      const known = lists.missingEpisodes.some((e) => e.missingId === missingId);
      if (!known) return { ...lists, foundWithoutReport: [...lists.foundWithoutReport, own(event.data)] };
      return { ...lists, missingEpisodes: lists.missingEpisodes.map((e) => (e.missingId === missingId ? { ...e, found } : e)) };
    }
    case 'care.DischargedFromShelter':
      return { ...lists, discharges: [...lists.discharges, own(event.data)] };
    case 'care.CounsellingSessionHeld':
      return { ...lists, counsellingSessions: [...lists.counsellingSessions, own(event.data)] };
    case 'care.CarePlanCreated': {
      const { goals, ...plan } = own(event.data);
      const viewed = goals.map((g): GoalView => ({ ...g, status: 'not_started', lastReviewedAt: null }));
      return { ...lists, carePlan: { ...plan, goals: viewed, reviews: [] } };
    }
    case 'care.CarePlanReviewed':
      return lists.carePlan === null ? lists : { ...lists, carePlan: reviewed(lists.carePlan, event.data) };
    case 'care.HealthCheckRecorded':
      return { ...lists, healthChecks: [...lists.healthChecks, own(event.data)] };
    case 'care.LearningLevelAssessed':
      return { ...lists, learningAssessments: [...lists.learningAssessments, own(event.data)] };
    case 'care.ReportCardIssued':
      return { ...lists, reportCards: [...lists.reportCards, own(event.data)] };
    case 'care.BankAccountOpened':
      return { ...lists, bankAccounts: [...lists.bankAccounts, own(event.data)] };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

function reviewed(plan: CarePlanView, review: Data<'care.CarePlanReviewed'>): CarePlanView {
  const { caseId: _, planId: __, ...entry } = review;
  // A review entered late does not overwrite what a later-dated review said of a goal.
  const goals = plan.goals.map((goal) => {
    const progress = review.progress.find((p) => p.goalId === goal.goalId);
    if (progress === undefined || (goal.lastReviewedAt !== null && isBefore(review.reviewedAt, goal.lastReviewedAt))) return goal;
    return { ...goal, status: progress.status, lastReviewedAt: review.reviewedAt };
  });
  const added = review.newGoals.map((g): GoalView => ({ ...g, status: 'not_started', lastReviewedAt: null }));
  return { ...plan, goals: [...goals, ...added], reviews: [...plan.reviews, entry] };
}

/** The view is of one case: its id is said once, at the top. */
function own<T extends { readonly caseId: string }>(data: T): Omit<T, 'caseId'> {
  const { caseId: _, ...rest } = data;
  return rest;
}
