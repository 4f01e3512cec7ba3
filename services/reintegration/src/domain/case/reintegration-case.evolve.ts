import { mergeScores } from './domain-scores';
import type { ReintegrationCaseEvent } from './reintegration-case.events';
import type { CaseRecord, ReintegrationCaseState } from './reintegration-case.state';

export function evolveReintegrationCase(state: ReintegrationCaseState, event: ReintegrationCaseEvent): ReintegrationCaseState {
  const current: ReintegrationCaseState = state.status === 'none' ? { status: 'open', ...emptyRecord(event.data.caseId) } : state;
  switch (event.type) {
    case 'reintegration.CaseClosed':
      return { ...current, status: 'closed' };
    case 'reintegration.CaseReopened':
      return { ...current, status: 'open' };
    case 'reintegration.TransferOrdered':
      return { ...current, transferOrders: { ...current.transferOrders, [event.data.orderId]: 'pending' } };
    case 'reintegration.TransferAccepted':
      return { ...current, transferOrders: { ...current.transferOrders, [event.data.orderId]: 'accepted' } };
    case 'reintegration.TransferRefused':
      return { ...current, transferOrders: { ...current.transferOrders, [event.data.orderId]: 'refused' } };
    case 'reintegration.EntitlementApplied':
      return { ...current, entitlementsReceived: { ...current.entitlementsReceived, [event.data.entitlementId]: false } };
    case 'reintegration.EntitlementReceived':
      return { ...current, entitlementsReceived: { ...current.entitlementsReceived, [event.data.entitlementId]: true } };
    case 'reintegration.ThreatReported':
      return { ...current, threats: [...current.threats, event.data.threatId] };
    case 'reintegration.ReTraffickingSuspected':
      return { ...current, suspicions: { ...current.suspicions, [event.data.suspicionId]: 'open' } };
    case 'reintegration.ReTraffickingConfirmed':
      return { ...current, suspicions: { ...current.suspicions, [event.data.suspicionId]: 'confirmed' } };
    case 'reintegration.ReTraffickingRuledOut':
      return { ...current, suspicions: { ...current.suspicions, [event.data.suspicionId]: 'ruled_out' } };
    case 'reintegration.NeedsAssessed':
      return { ...current, latestScores: mergeScores(current.latestScores, event.data.scores, event.data.assessedAt) };
    case 'reintegration.FollowUpVisited':
      return { ...current, latestScores: mergeScores(current.latestScores, event.data.scores, event.data.visitedAt) };
    case 'reintegration.CaseOpened':
    case 'reintegration.ChildSentHomeOutsideChannel':
    case 'reintegration.FieldworkerAssigned':
    case 'reintegration.SchoolEnrolled':
    case 'reintegration.LivelihoodSupportProvided':
    case 'reintegration.ThreatReportedToPolice':
      return current;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

function emptyRecord(caseId: string): CaseRecord {
  return { caseId, transferOrders: {}, entitlementsReceived: {}, threats: [], suspicions: {}, latestScores: {} };
}
