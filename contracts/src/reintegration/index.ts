import { BatchArrived } from './batch-arrived.event';
import { BatchDeparted } from './batch-departed.event';
import { BatchDepartureRescheduled } from './batch-departure-rescheduled.event';
import { RepatriationBatchPlanned } from './batch-planned.event';
import { ReintegrationCaseClosed } from './case-closed.event';
import { ReintegrationCaseOpened } from './case-opened.event';
import { ReintegrationCaseReopened } from './case-reopened.event';
import { ChildAddedToBatch } from './child-added-to-batch.event';
import { ChildHandedOver } from './child-handed-over.event';
import { ChildRemovedFromBatch } from './child-removed-from-batch.event';
import { ChildSentHomeOutsideChannel } from './child-sent-home-outside-channel.event';
import { EntitlementApplied } from './entitlement-applied.event';
import { EntitlementReceived } from './entitlement-received.event';
import { FieldworkerAssigned } from './fieldworker-assigned.event';
import { FollowUpVisited } from './follow-up-visited.event';
import { LivelihoodSupportProvided } from './livelihood-support-provided.event';
import { NeedsAssessed } from './needs-assessed.event';
import { ReTraffickingConfirmed } from './re-trafficking-confirmed.event';
import { ReTraffickingRuledOut } from './re-trafficking-ruled-out.event';
import { ReTraffickingSuspected } from './re-trafficking-suspected.event';
import { SchoolEnrolled } from './school-enrolled.event';
import { ThreatReportedToPolice } from './threat-reported-to-police.event';
import { ThreatReported } from './threat-reported.event';
import { TransferAccepted } from './transfer-accepted.event';
import { TransferOrdered } from './transfer-ordered.event';
import { TransferRefused } from './transfer-refused.event';

export * from './reintegration.vocabulary';
export {
  BatchArrived,
  BatchDeparted,
  BatchDepartureRescheduled,
  ChildAddedToBatch,
  ChildHandedOver,
  ChildRemovedFromBatch,
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
  RepatriationBatchPlanned,
  SchoolEnrolled,
  ThreatReported,
  ThreatReportedToPolice,
  TransferAccepted,
  TransferOrdered,
  TransferRefused,
};

/** Events of a child's reintegration stream (`reintegration-<caseId>`): stages 7 and 8 for one child. */
export const REINTEGRATION_CASE_EVENTS = [
  ReintegrationCaseOpened,
  TransferOrdered,
  TransferAccepted,
  TransferRefused,
  ChildSentHomeOutsideChannel,
  FieldworkerAssigned,
  NeedsAssessed,
  FollowUpVisited,
  SchoolEnrolled,
  EntitlementApplied,
  EntitlementReceived,
  LivelihoodSupportProvided,
  ThreatReported,
  ThreatReportedToPolice,
  ReTraffickingSuspected,
  ReTraffickingConfirmed,
  ReTraffickingRuledOut,
  ReintegrationCaseClosed,
  ReintegrationCaseReopened,
] as const;

/** Events of a repatriation batch's stream (`batch-<batchId>`): one batch carries many children. */
export const REPATRIATION_BATCH_EVENTS = [
  RepatriationBatchPlanned,
  ChildAddedToBatch,
  ChildRemovedFromBatch,
  BatchDepartureRescheduled,
  BatchDeparted,
  BatchArrived,
  ChildHandedOver,
] as const;

/** Every event type the reintegration service writes. */
export const REINTEGRATION_EVENTS = [...REINTEGRATION_CASE_EVENTS, ...REPATRIATION_BATCH_EVENTS] as const;

export type ReintegrationCaseEvent =
  | ReintegrationCaseOpened
  | TransferOrdered
  | TransferAccepted
  | TransferRefused
  | ChildSentHomeOutsideChannel
  | FieldworkerAssigned
  | NeedsAssessed
  | FollowUpVisited
  | SchoolEnrolled
  | EntitlementApplied
  | EntitlementReceived
  | LivelihoodSupportProvided
  | ThreatReported
  | ThreatReportedToPolice
  | ReTraffickingSuspected
  | ReTraffickingConfirmed
  | ReTraffickingRuledOut
  | ReintegrationCaseClosed
  | ReintegrationCaseReopened;

export type RepatriationBatchEvent =
  | RepatriationBatchPlanned
  | ChildAddedToBatch
  | ChildRemovedFromBatch
  | BatchDepartureRescheduled
  | BatchDeparted
  | BatchArrived
  | ChildHandedOver;
