import type {
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
} from '@setu/contracts';
import type { Command } from '@setu/decider';

// Commands on a child's care stream (`care-<caseId>`). Their data is the event's, less what the
// decider adds from the record (the home at a time, the plan, the tests a report card reports).
// `occurredAt` is when the fact happened in the field, not when it was entered.

type DataOf<E extends { readonly data: object }> = E['data'];

export type AdmitToShelter = Command<'AdmitToShelter', DataOf<ShelterAdmitted>>;
export type TransferBetweenHomes = Command<'TransferBetweenHomes', DataOf<TransferredBetweenHomes>>;
export type ReportMissing = Command<'ReportMissing', Omit<DataOf<MissingFromShelter>, 'home'>>;
/** Without `missingId`, the finding ends the latest episode still open when the child was found. */
export type RecordFound = Command<'RecordFound', DataOf<FoundAfterMissing>>;
export type Discharge = Command<'Discharge', Omit<DataOf<DischargedFromShelter>, 'home'>>;

export type RecordCounsellingSession = Command<'RecordCounsellingSession', DataOf<CounsellingSessionHeld>>;
export type CreateCarePlan = Command<'CreateCarePlan', DataOf<CarePlanCreated>>;
export type ReviewCarePlan = Command<'ReviewCarePlan', Omit<DataOf<CarePlanReviewed>, 'planId'>>;
export type RecordHealthCheck = Command<'RecordHealthCheck', DataOf<HealthCheckRecorded>>;
export type RecordLearningAssessment = Command<'RecordLearningAssessment', DataOf<LearningLevelAssessed>>;
export type IssueReportCard = Command<
  'IssueReportCard',
  Omit<DataOf<ReportCardIssued>, 'assessments'> & { readonly assessmentIds: readonly string[] }
>;
export type RecordBankAccount = Command<'RecordBankAccount', DataOf<BankAccountOpened>>;

export type PlacementCommand = AdmitToShelter | TransferBetweenHomes | ReportMissing | RecordFound | Discharge;

export type CareCommand =
  | PlacementCommand
  | RecordCounsellingSession
  | CreateCarePlan
  | ReviewCarePlan
  | RecordHealthCheck
  | RecordLearningAssessment
  | IssueReportCard
  | RecordBankAccount;
