import type {
  CompensationApplied,
  CompensationAwarded,
  CompensationInquiryHeld,
  CompensationPaid,
  CompensationRejected,
  LawyerAuthorised,
  MagistrateStatementRecorded,
  ReleaseCertificateIssued,
} from '@setu/contracts';
import type { Command } from '@setu/decider';

// Commands on a child's legal stream (`legal-<caseId>`); each carries the case id it is for.

type DataOf<E extends { data: object }> = E['data'];

export type RecordMagistrateStatement = Command<'RecordMagistrateStatement', DataOf<MagistrateStatementRecorded>>;
export type AuthoriseLawyer = Command<'AuthoriseLawyer', DataOf<LawyerAuthorised>>;
export type RecordReleaseCertificate = Command<'RecordReleaseCertificate', DataOf<ReleaseCertificateIssued>>;
export type ApplyForCompensation = Command<'ApplyForCompensation', DataOf<CompensationApplied>>;
export type RecordCompensationInquiry = Command<'RecordCompensationInquiry', DataOf<CompensationInquiryHeld>>;
export type AwardCompensation = Command<'AwardCompensation', DataOf<CompensationAwarded>>;
export type RecordCompensationPayment = Command<'RecordCompensationPayment', DataOf<CompensationPaid>>;
export type RejectCompensation = Command<'RejectCompensation', DataOf<CompensationRejected>>;

/** Commands that act on an existing compensation claim. */
export type ClaimCommand = RecordCompensationInquiry | AwardCompensation | RecordCompensationPayment | RejectCompensation;

export type LegalCaseCommand =
  | RecordMagistrateStatement
  | AuthoriseLawyer
  | RecordReleaseCertificate
  | ApplyForCompensation
  | ClaimCommand;
