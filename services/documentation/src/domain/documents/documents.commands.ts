import type { DocumentKindCode, DocumentMediaType, SupersessionReason, VerificationRefusalReason } from '@setu/contracts';
import type { Command } from '@setu/decider';

/** What a received scan is: measured and sniffed while it streamed in, described by the uploader. */
export type ScanFacts = {
  readonly documentId: string;
  readonly kind: DocumentKindCode;
  readonly mediaType: DocumentMediaType;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly issuer: string;
  /** `YYYY-MM-DD`, the date on the document. */
  readonly issuedOn: string;
  readonly documentNumber?: string;
};

/** `occurredAt` is when the scan was received. */
export type UploadDocument = Command<'UploadDocument', ScanFacts & { readonly caseId: string }>;

/** A newer scan replaces `documentId`; `scan.documentId` is the new document. */
export type SupersedeDocument = Command<
  'SupersedeDocument',
  { readonly caseId: string; readonly documentId: string; readonly reason: SupersessionReason; readonly scan: ScanFacts }
>;

export type VerificationOutcome =
  | { readonly verdict: 'verified' }
  | { readonly verdict: 'refused'; readonly reason: VerificationRefusalReason };

/** `occurredAt` is when the committee looked at it. */
export type VerifyDocument = Command<
  'VerifyDocument',
  {
    readonly caseId: string;
    readonly documentId: string;
    readonly committee: string;
    readonly district: string;
    readonly outcome: VerificationOutcome;
  }
>;

/** `occurredAt` is when the documents reached the committee; no `documentIds` means every current document. */
export type SubmitDocumentsToCwc = Command<
  'SubmitDocumentsToCwc',
  {
    readonly caseId: string;
    readonly submissionId: string;
    readonly committee: string;
    readonly district: string;
    readonly documentIds?: readonly string[];
  }
>;

export type DocumentsCommand = UploadDocument | SupersedeDocument | VerifyDocument | SubmitDocumentsToCwc;
