import { closureVerdict, mergeScores } from './domain-scores';
import type {
  AcceptTransfer,
  CloseCase,
  ConfirmReTrafficking,
  RecordEntitlementReceived,
  RefuseTransfer,
  ReintegrationCaseCommand,
  RuleOutReTrafficking,
} from './reintegration-case.commands';
import type { ReintegrationCaseEvent } from './reintegration-case.events';
import {
  caseAlreadyClosed,
  caseAlreadyOpened,
  caseNotClosed,
  entitlementUnknown,
  reTraffickingAlreadyConfirmed,
  suspicionUnknown,
  threatUnknown,
  transferOrderUnknown,
} from './reintegration-case.rejections';
import type { ReintegrationCaseState } from './reintegration-case.state';
import { iso } from '../shared/time';

// The record takes every fact, late, out of order or after closure: the gap rules judge them.
// Refused are only references to what this case does not hold, and state changes that cannot
// happen (closing a closed case). A repeated decision (the same order accepted twice) writes nothing.
export function decideReintegrationCase(command: ReintegrationCaseCommand, state: ReintegrationCaseState): ReintegrationCaseEvent[] {
  const at = iso(command.occurredAt);
  switch (command.type) {
    case 'OpenCase':
      if (state.status !== 'none') throw caseAlreadyOpened();
      return [{ type: 'reintegration.CaseOpened', data: { ...command.data, identifiedAt: at } }];
    case 'OrderTransfer':
      return [{ type: 'reintegration.TransferOrdered', data: { ...command.data, orderedAt: at } }];
    case 'AcceptTransfer':
      return acceptTransfer(command, state);
    case 'RefuseTransfer':
      return refuseTransfer(command, state);
    case 'RecordSentHomeOutsideChannel':
      return [{ type: 'reintegration.ChildSentHomeOutsideChannel', data: { ...command.data, sentAt: at } }];
    case 'AssignFieldworker':
      return [{ type: 'reintegration.FieldworkerAssigned', data: { ...command.data, assignedAt: at } }];
    case 'AssessNeeds':
      return [{ type: 'reintegration.NeedsAssessed', data: { ...command.data, assessedAt: at } }];
    case 'RecordFollowUpVisit':
      return [{ type: 'reintegration.FollowUpVisited', data: { ...command.data, visitedAt: at } }];
    case 'RecordSchoolEnrolment':
      return [{ type: 'reintegration.SchoolEnrolled', data: { ...command.data, enrolledAt: at } }];
    case 'ApplyForEntitlement':
      return [{ type: 'reintegration.EntitlementApplied', data: { ...command.data, appliedAt: at } }];
    case 'RecordEntitlementReceived':
      return entitlementReceived(command, state);
    case 'RecordLivelihoodSupport':
      return [{ type: 'reintegration.LivelihoodSupportProvided', data: { ...command.data, providedAt: at } }];
    case 'ReportThreat':
      return [{ type: 'reintegration.ThreatReported', data: { ...command.data, reportedAt: at } }];
    case 'RecordThreatReportedToPolice':
      if (state.status === 'none' || !state.threats.includes(command.data.threatId)) throw threatUnknown();
      return [{ type: 'reintegration.ThreatReportedToPolice', data: { ...command.data, informedAt: at } }];
    case 'SuspectReTrafficking':
      return [{ type: 'reintegration.ReTraffickingSuspected', data: { ...command.data, suspectedAt: at } }];
    case 'ConfirmReTrafficking':
      return confirmReTrafficking(command, state);
    case 'RuleOutReTrafficking':
      return ruleOutReTrafficking(command, state);
    case 'CloseCase':
      return close(command, state);
    case 'ReopenCase':
      if (state.status !== 'closed') throw caseNotClosed();
      return [{ type: 'reintegration.CaseReopened', data: { ...command.data, reopenedAt: at } }];
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

function acceptTransfer(command: AcceptTransfer, state: ReintegrationCaseState): ReintegrationCaseEvent[] {
  const decision = state.status === 'none' ? undefined : state.transferOrders[command.data.orderId];
  if (decision === undefined) throw transferOrderUnknown();
  if (decision === 'accepted') return [];
  return [{ type: 'reintegration.TransferAccepted', data: { ...command.data, acceptedAt: iso(command.occurredAt) } }];
}

function refuseTransfer(command: RefuseTransfer, state: ReintegrationCaseState): ReintegrationCaseEvent[] {
  const decision = state.status === 'none' ? undefined : state.transferOrders[command.data.orderId];
  if (decision === undefined) throw transferOrderUnknown();
  if (decision === 'refused') return [];
  return [{ type: 'reintegration.TransferRefused', data: { ...command.data, refusedAt: iso(command.occurredAt) } }];
}

function entitlementReceived(command: RecordEntitlementReceived, state: ReintegrationCaseState): ReintegrationCaseEvent[] {
  const received = state.status === 'none' ? undefined : state.entitlementsReceived[command.data.entitlementId];
  if (received === undefined) throw entitlementUnknown();
  if (received) return [];
  return [{ type: 'reintegration.EntitlementReceived', data: { ...command.data, receivedAt: iso(command.occurredAt) } }];
}

function confirmReTrafficking(command: ConfirmReTrafficking, state: ReintegrationCaseState): ReintegrationCaseEvent[] {
  const suspicion = state.status === 'none' ? undefined : state.suspicions[command.data.suspicionId];
  if (suspicion === undefined) throw suspicionUnknown();
  if (suspicion === 'confirmed') return [];
  return [{ type: 'reintegration.ReTraffickingConfirmed', data: { ...command.data, confirmedAt: iso(command.occurredAt) } }];
}

function ruleOutReTrafficking(command: RuleOutReTrafficking, state: ReintegrationCaseState): ReintegrationCaseEvent[] {
  const suspicion = state.status === 'none' ? undefined : state.suspicions[command.data.suspicionId];
  if (suspicion === undefined) throw suspicionUnknown();
  if (suspicion === 'confirmed') throw reTraffickingAlreadyConfirmed();
  if (suspicion === 'ruled_out') return [];
  return [{ type: 'reintegration.ReTraffickingRuledOut', data: { ...command.data, ruledOutAt: iso(command.occurredAt) } }];
}

/** An early closure (a domain below its criteria) is recorded as such, never refused: gap G20. */
function close(command: CloseCase, state: ReintegrationCaseState): ReintegrationCaseEvent[] {
  if (state.status === 'closed') throw caseAlreadyClosed();
  const closedAt = iso(command.occurredAt);
  const latest = mergeScores(state.status === 'none' ? {} : state.latestScores, command.data.closingScores, closedAt);
  return [{ type: 'reintegration.CaseClosed', data: { ...command.data, closedAt, ...closureVerdict(latest, command.data.criteriaMetFrom) } }];
}
