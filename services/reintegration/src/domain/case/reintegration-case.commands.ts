import type {
  ChildSentHomeOutsideChannel,
  EntitlementApplied,
  EntitlementReceived,
  FieldworkerAssigned,
  FollowUpVisited,
  LivelihoodSupportProvided,
  NeedsAssessed,
  ReTraffickingConfirmed,
  ReTraffickingRuledOut,
  ReTraffickingSuspected,
  ReintegrationCaseClosed,
  ReintegrationCaseOpened,
  ReintegrationCaseReopened,
  SchoolEnrolled,
  ThreatReported,
  ThreatReportedToPolice,
  TransferAccepted,
  TransferOrdered,
  TransferRefused,
} from '@setu/contracts';
import type { Command } from '@setu/decider';
import type { Fact } from '../shared/fact';

// A command's `occurredAt` is when the fact happened in the field (the event's own date field),
// often entered weeks later from a paper register. Ids (case, order, entitlement...) come in on
// the command: the domain makes none.

export type OpenCase = Command<'OpenCase', Fact<ReintegrationCaseOpened, 'identifiedAt'>>;
export type OrderTransfer = Command<'OrderTransfer', Fact<TransferOrdered, 'orderedAt'>>;
export type AcceptTransfer = Command<'AcceptTransfer', Fact<TransferAccepted, 'acceptedAt'>>;
export type RefuseTransfer = Command<'RefuseTransfer', Fact<TransferRefused, 'refusedAt'>>;
export type RecordSentHomeOutsideChannel = Command<'RecordSentHomeOutsideChannel', Fact<ChildSentHomeOutsideChannel, 'sentAt'>>;
export type AssignFieldworker = Command<'AssignFieldworker', Fact<FieldworkerAssigned, 'assignedAt'>>;
export type AssessNeeds = Command<'AssessNeeds', Fact<NeedsAssessed, 'assessedAt'>>;
export type RecordFollowUpVisit = Command<'RecordFollowUpVisit', Fact<FollowUpVisited, 'visitedAt'>>;
export type RecordSchoolEnrolment = Command<'RecordSchoolEnrolment', Fact<SchoolEnrolled, 'enrolledAt'>>;
export type ApplyForEntitlement = Command<'ApplyForEntitlement', Fact<EntitlementApplied, 'appliedAt'>>;
export type RecordEntitlementReceived = Command<'RecordEntitlementReceived', Fact<EntitlementReceived, 'receivedAt'>>;
export type RecordLivelihoodSupport = Command<'RecordLivelihoodSupport', Fact<LivelihoodSupportProvided, 'providedAt'>>;
export type ReportThreat = Command<'ReportThreat', Fact<ThreatReported, 'reportedAt'>>;
export type RecordThreatReportedToPolice = Command<'RecordThreatReportedToPolice', Fact<ThreatReportedToPolice, 'informedAt'>>;
export type SuspectReTrafficking = Command<'SuspectReTrafficking', Fact<ReTraffickingSuspected, 'suspectedAt'>>;
export type ConfirmReTrafficking = Command<'ConfirmReTrafficking', Fact<ReTraffickingConfirmed, 'confirmedAt'>>;
export type RuleOutReTrafficking = Command<'RuleOutReTrafficking', Fact<ReTraffickingRuledOut, 'ruledOutAt'>>;
/** The closure's verdict on the domains is the decider's to work out; the threshold is policy, passed in. */
export type CloseCase = Command<
  'CloseCase',
  Fact<ReintegrationCaseClosed, 'closedAt' | 'latestScores' | 'allDomainsMetCriteria' | 'domainsBelowCriteria'>
>;
export type ReopenCase = Command<'ReopenCase', Fact<ReintegrationCaseReopened, 'reopenedAt'>>;

export type ReintegrationCaseCommand =
  | OpenCase
  | OrderTransfer
  | AcceptTransfer
  | RefuseTransfer
  | RecordSentHomeOutsideChannel
  | AssignFieldworker
  | AssessNeeds
  | RecordFollowUpVisit
  | RecordSchoolEnrolment
  | ApplyForEntitlement
  | RecordEntitlementReceived
  | RecordLivelihoodSupport
  | ReportThreat
  | RecordThreatReportedToPolice
  | SuspectReTrafficking
  | ConfirmReTrafficking
  | RuleOutReTrafficking
  | CloseCase
  | ReopenCase;
