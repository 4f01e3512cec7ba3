import { BankAccountOpened } from './bank-account-opened.event';
import { CarePlanCreated } from './care-plan-created.event';
import { CarePlanReviewed } from './care-plan-reviewed.event';
import { CounsellingSessionHeld } from './counselling-session-held.event';
import { DischargedFromShelter } from './discharged-from-shelter.event';
import { FoundAfterMissing } from './found-after-missing.event';
import { HealthCheckRecorded } from './health-check-recorded.event';
import { LearningLevelAssessed } from './learning-level-assessed.event';
import { MissingFromShelter } from './missing-from-shelter.event';
import { ReportCardIssued } from './report-card-issued.event';
import { ShelterAdmitted } from './shelter-admitted.event';
import { TransferredBetweenHomes } from './transferred-between-homes.event';

export * from './care.vocabulary';
export type { CarePlanGoal } from './care-plan-goal.schema';
export {
  BankAccountOpened,
  CarePlanCreated,
  CarePlanReviewed,
  CounsellingSessionHeld,
  DischargedFromShelter,
  FoundAfterMissing,
  HealthCheckRecorded,
  LearningLevelAssessed,
  MissingFromShelter,
  ReportCardIssued,
  ShelterAdmitted,
  TransferredBetweenHomes,
};

/** The events of a child's care stream (`care-<caseId>`), every event type the care service writes. */
export const CARE_EVENTS = [
  ShelterAdmitted,
  TransferredBetweenHomes,
  MissingFromShelter,
  FoundAfterMissing,
  CounsellingSessionHeld,
  CarePlanCreated,
  CarePlanReviewed,
  HealthCheckRecorded,
  LearningLevelAssessed,
  ReportCardIssued,
  BankAccountOpened,
  DischargedFromShelter,
] as const;

export type CareEvent =
  | ShelterAdmitted
  | TransferredBetweenHomes
  | MissingFromShelter
  | FoundAfterMissing
  | CounsellingSessionHeld
  | CarePlanCreated
  | CarePlanReviewed
  | HealthCheckRecorded
  | LearningLevelAssessed
  | ReportCardIssued
  | BankAccountOpened
  | DischargedFromShelter;
