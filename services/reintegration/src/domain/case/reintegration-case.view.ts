import { mergeScores, type LatestScores } from './domain-scores';
import type { ReintegrationCaseEvent } from './reintegration-case.events';
import { updateWhere, without } from '../shared/view-lists';

type Data<T extends ReintegrationCaseEvent['type']> = Extract<ReintegrationCaseEvent, { type: T }>['data'];
/** An event's data as a view item: without the case id, said once at the top. */
type Item<T extends ReintegrationCaseEvent['type']> = Omit<Data<T>, 'caseId'>;

export type TransferDecisionView =
  | ({ readonly decision: 'accepted' } & Omit<Item<'reintegration.TransferAccepted'>, 'orderId'>)
  | ({ readonly decision: 'refused' } & Omit<Item<'reintegration.TransferRefused'>, 'orderId'>);

/** The reintegration service's own record of a child: every fact of stages 7 and 8, in the order recorded. */
export interface ReintegrationCaseView {
  readonly caseId: string;
  /** `none`: the case is known (to rescue) but has no reintegration fact yet. */
  readonly status: 'none' | 'open' | 'closed';
  /** Set when this service opened the case for a child who came home with no record. */
  readonly opened: Item<'reintegration.CaseOpened'> | null;
  readonly transferOrders: readonly (Item<'reintegration.TransferOrdered'> & { readonly decisions: readonly TransferDecisionView[] })[];
  readonly sentHomeOutsideChannel: readonly Item<'reintegration.ChildSentHomeOutsideChannel'>[];
  /** The last one is the current assignment. */
  readonly assignments: readonly Item<'reintegration.FieldworkerAssigned'>[];
  readonly needsAssessments: readonly Item<'reintegration.NeedsAssessed'>[];
  readonly followUpVisits: readonly Item<'reintegration.FollowUpVisited'>[];
  /** The latest score in each domain by the time it was given, from assessments and visits. */
  readonly latestScores: LatestScores;
  readonly schoolEnrolments: readonly Item<'reintegration.SchoolEnrolled'>[];
  readonly entitlements: readonly (Item<'reintegration.EntitlementApplied'> & {
    readonly received: Omit<Item<'reintegration.EntitlementReceived'>, 'entitlementId'> | null;
  })[];
  readonly livelihoodSupport: readonly Item<'reintegration.LivelihoodSupportProvided'>[];
  readonly threats: readonly (Item<'reintegration.ThreatReported'> & {
    readonly policeReports: readonly Omit<Item<'reintegration.ThreatReportedToPolice'>, 'threatId'>[];
  })[];
  readonly reTrafficking: readonly (Item<'reintegration.ReTraffickingSuspected'> & {
    readonly confirmation: Omit<Item<'reintegration.ReTraffickingConfirmed'>, 'suspicionId'> | null;
    readonly ruledOut: Omit<Item<'reintegration.ReTraffickingRuledOut'>, 'suspicionId'> | null;
  })[];
  readonly closures: readonly Item<'reintegration.CaseClosed'>[];
  readonly reopenings: readonly Item<'reintegration.CaseReopened'>[];
}

/** Folds a case's events into its view. */
export function reintegrationCaseView(caseId: string, events: Iterable<ReintegrationCaseEvent>): ReintegrationCaseView {
  let view = emptyView(caseId);
  for (const event of events) view = evolveView(view.status === 'none' ? { ...view, status: 'open' } : view, event);
  return view;
}

function emptyView(caseId: string): ReintegrationCaseView {
  return {
    caseId,
    status: 'none',
    opened: null,
    transferOrders: [],
    sentHomeOutsideChannel: [],
    assignments: [],
    needsAssessments: [],
    followUpVisits: [],
    latestScores: {},
    schoolEnrolments: [],
    entitlements: [],
    livelihoodSupport: [],
    threats: [],
    reTrafficking: [],
    closures: [],
    reopenings: [],
  };
}

function evolveView(view: ReintegrationCaseView, event: ReintegrationCaseEvent): ReintegrationCaseView {
  switch (event.type) {
    case 'reintegration.CaseOpened':
      return { ...view, opened: without(event.data, 'caseId') };
    case 'reintegration.TransferOrdered':
      return { ...view, transferOrders: [...view.transferOrders, { ...without(event.data, 'caseId'), decisions: [] }] };
    case 'reintegration.TransferAccepted': {
      const decision = { decision: 'accepted' as const, ...without(event.data, 'caseId', 'orderId') };
      return { ...view, transferOrders: updateWhere(view.transferOrders, 'orderId', event.data.orderId, (o) => ({ ...o, decisions: [...o.decisions, decision] })) };
    }
    case 'reintegration.TransferRefused': {
      const decision = { decision: 'refused' as const, ...without(event.data, 'caseId', 'orderId') };
      return { ...view, transferOrders: updateWhere(view.transferOrders, 'orderId', event.data.orderId, (o) => ({ ...o, decisions: [...o.decisions, decision] })) };
    }
    case 'reintegration.ChildSentHomeOutsideChannel':
      return { ...view, sentHomeOutsideChannel: [...view.sentHomeOutsideChannel, without(event.data, 'caseId')] };
    case 'reintegration.FieldworkerAssigned':
      return { ...view, assignments: [...view.assignments, without(event.data, 'caseId')] };
    case 'reintegration.NeedsAssessed':
      return {
        ...view,
        needsAssessments: [...view.needsAssessments, without(event.data, 'caseId')],
        latestScores: mergeScores(view.latestScores, event.data.scores, event.data.assessedAt),
      };
    case 'reintegration.FollowUpVisited':
      return {
        ...view,
        followUpVisits: [...view.followUpVisits, without(event.data, 'caseId')],
        latestScores: mergeScores(view.latestScores, event.data.scores, event.data.visitedAt),
      };
    case 'reintegration.SchoolEnrolled':
      return { ...view, schoolEnrolments: [...view.schoolEnrolments, without(event.data, 'caseId')] };
    case 'reintegration.EntitlementApplied':
      return { ...view, entitlements: [...view.entitlements, { ...without(event.data, 'caseId'), received: null }] };
    case 'reintegration.EntitlementReceived': {
      const received = without(event.data, 'caseId', 'entitlementId');
      return { ...view, entitlements: updateWhere(view.entitlements, 'entitlementId', event.data.entitlementId, (e) => ({ ...e, received })) };
    }
    case 'reintegration.LivelihoodSupportProvided':
      return { ...view, livelihoodSupport: [...view.livelihoodSupport, without(event.data, 'caseId')] };
    case 'reintegration.ThreatReported':
      return { ...view, threats: [...view.threats, { ...without(event.data, 'caseId'), policeReports: [] }] };
    case 'reintegration.ThreatReportedToPolice': {
      const report = without(event.data, 'caseId', 'threatId');
      return { ...view, threats: updateWhere(view.threats, 'threatId', event.data.threatId, (t) => ({ ...t, policeReports: [...t.policeReports, report] })) };
    }
    case 'reintegration.ReTraffickingSuspected':
      return { ...view, reTrafficking: [...view.reTrafficking, { ...without(event.data, 'caseId'), confirmation: null, ruledOut: null }] };
    case 'reintegration.ReTraffickingConfirmed': {
      const confirmation = without(event.data, 'caseId', 'suspicionId');
      return { ...view, reTrafficking: updateWhere(view.reTrafficking, 'suspicionId', event.data.suspicionId, (s) => ({ ...s, confirmation })) };
    }
    case 'reintegration.ReTraffickingRuledOut': {
      const ruledOut = without(event.data, 'caseId', 'suspicionId');
      return { ...view, reTrafficking: updateWhere(view.reTrafficking, 'suspicionId', event.data.suspicionId, (s) => ({ ...s, ruledOut })) };
    }
    case 'reintegration.CaseClosed':
      return { ...view, status: 'closed', closures: [...view.closures, without(event.data, 'caseId')] };
    case 'reintegration.CaseReopened':
      return { ...view, status: 'open', reopenings: [...view.reopenings, without(event.data, 'caseId')] };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
