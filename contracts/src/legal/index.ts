import { AccusedNamed } from './accused-named.event';
import { AccusedStatusRecorded } from './accused-status-recorded.event';
import { AppealDecided } from './appeal-decided.event';
import { AppealFiled } from './appeal-filed.event';
import { BailHearingHeld } from './bail-hearing-held.event';
import { ChargeSheetFiled } from './charge-sheet-filed.event';
import { CompensationApplied } from './compensation-applied.event';
import { CompensationAwarded } from './compensation-awarded.event';
import { CompensationInquiryHeld } from './compensation-inquiry-held.event';
import { CompensationPaid } from './compensation-paid.event';
import { CompensationRejected } from './compensation-rejected.event';
import { FirRegistered } from './fir-registered.event';
import { JudgmentDelivered } from './judgment-delivered.event';
import { LawyerAuthorised } from './lawyer-authorised.event';
import { MagistrateStatementRecorded } from './magistrate-statement-recorded.event';
import { ReleaseCertificateIssued } from './release-certificate-issued.event';
import { SummonsIssued } from './summons-issued.event';
import { SummonsKnownToNgo } from './summons-known-to-ngo.event';
import { SummonsServed } from './summons-served.event';
import { TestimonyGiven } from './testimony-given.event';
import { VictimAdded } from './victim-added.event';

export * from './legal.vocabulary';
export {
  AccusedNamed,
  AccusedStatusRecorded,
  AppealDecided,
  AppealFiled,
  BailHearingHeld,
  ChargeSheetFiled,
  CompensationApplied,
  CompensationAwarded,
  CompensationInquiryHeld,
  CompensationPaid,
  CompensationRejected,
  FirRegistered,
  JudgmentDelivered,
  LawyerAuthorised,
  MagistrateStatementRecorded,
  ReleaseCertificateIssued,
  SummonsIssued,
  SummonsKnownToNgo,
  SummonsServed,
  TestimonyGiven,
  VictimAdded,
};

/** Events of a FIR stream (`fir-<firId>`): the FIR, its children and accused, and the prosecution. */
export const FIR_EVENTS = [
  FirRegistered,
  VictimAdded,
  AccusedNamed,
  AccusedStatusRecorded,
  BailHearingHeld,
  ChargeSheetFiled,
  SummonsIssued,
  SummonsServed,
  SummonsKnownToNgo,
  TestimonyGiven,
  JudgmentDelivered,
  AppealFiled,
  AppealDecided,
] as const;

/** Events of a child's legal stream (`legal-<caseId>`): statement, lawyer, certificate, compensation. */
export const LEGAL_CASE_EVENTS = [
  MagistrateStatementRecorded,
  LawyerAuthorised,
  ReleaseCertificateIssued,
  CompensationApplied,
  CompensationInquiryHeld,
  CompensationAwarded,
  CompensationPaid,
  CompensationRejected,
] as const;

/** Every event type the legal service writes. */
export const LEGAL_EVENTS = [...FIR_EVENTS, ...LEGAL_CASE_EVENTS] as const;

export type FirEvent =
  | FirRegistered
  | VictimAdded
  | AccusedNamed
  | AccusedStatusRecorded
  | BailHearingHeld
  | ChargeSheetFiled
  | SummonsIssued
  | SummonsServed
  | SummonsKnownToNgo
  | TestimonyGiven
  | JudgmentDelivered
  | AppealFiled
  | AppealDecided;

export type LegalCaseEvent =
  | MagistrateStatementRecorded
  | LawyerAuthorised
  | ReleaseCertificateIssued
  | CompensationApplied
  | CompensationInquiryHeld
  | CompensationAwarded
  | CompensationPaid
  | CompensationRejected;
