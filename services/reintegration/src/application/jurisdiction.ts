import type { Principal } from '@setu/access';
import type { Jurisdiction } from '@setu/contracts';
import type { ReintegrationCaseCommand, RepatriationBatchCommand } from '../domain';

// The state each fact belongs to: the transfer order and the departure are Rajasthan's, the home
// district's decision, the arrival and all follow-up are Bihar's. A caller whose token does not
// cover that state (a Bihar NGO entering the order from the case file that travelled with the
// child) records it under its own state: who may record what is the access policies' work.

const CASE_FACTS: Record<ReintegrationCaseCommand['type'], Jurisdiction> = {
  OpenCase: 'BR',
  OrderTransfer: 'RJ',
  AcceptTransfer: 'BR',
  RefuseTransfer: 'BR',
  RecordSentHomeOutsideChannel: 'RJ',
  AssignFieldworker: 'BR',
  AssessNeeds: 'BR',
  RecordFollowUpVisit: 'BR',
  RecordSchoolEnrolment: 'BR',
  ApplyForEntitlement: 'BR',
  RecordEntitlementReceived: 'BR',
  RecordLivelihoodSupport: 'BR',
  ReportThreat: 'BR',
  RecordThreatReportedToPolice: 'BR',
  SuspectReTrafficking: 'BR',
  ConfirmReTrafficking: 'BR',
  RuleOutReTrafficking: 'BR',
  CloseCase: 'BR',
  ReopenCase: 'BR',
};

const BATCH_FACTS: Record<RepatriationBatchCommand['type'], Jurisdiction> = {
  PlanBatch: 'RJ',
  AddChildToBatch: 'RJ',
  RemoveChildFromBatch: 'RJ',
  RescheduleDeparture: 'RJ',
  RecordDeparture: 'RJ',
  RecordArrival: 'BR',
  RecordHandover: 'BR',
};

/** The case fact's own state if the token covers it; otherwise undefined: the token's own state. */
export function caseFactJurisdiction(principal: Principal, command: ReintegrationCaseCommand): Jurisdiction | undefined {
  return covered(principal, CASE_FACTS[command.type]);
}

/** The batch fact's own state if the token covers it; otherwise undefined: the token's own state. */
export function batchFactJurisdiction(principal: Principal, command: RepatriationBatchCommand): Jurisdiction | undefined {
  return covered(principal, BATCH_FACTS[command.type]);
}

function covered(principal: Principal, state: Jurisdiction): Jurisdiction | undefined {
  return principal.states.includes(state) ? state : undefined;
}
