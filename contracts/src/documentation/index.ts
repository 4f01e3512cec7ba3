import { DocumentDownloaded } from './document-downloaded.event';
import { DocumentSuperseded } from './document-superseded.event';
import { DocumentUploaded } from './document-uploaded.event';
import { DocumentVerificationRefused } from './document-verification-refused.event';
import { DocumentVerified } from './document-verified.event';
import { DocumentsSubmittedToCwc } from './documents-submitted-to-cwc.event';

export * from './document-kinds.data';
export * from './documentation.vocabulary';
export { DocumentDownloaded, DocumentSuperseded, DocumentUploaded, DocumentVerificationRefused, DocumentVerified, DocumentsSubmittedToCwc };

/** Events of a child's documents stream (`documents-<caseId>`). */
export const DOCUMENTS_STREAM_EVENTS = [
  DocumentUploaded,
  DocumentSuperseded,
  DocumentVerified,
  DocumentVerificationRefused,
  DocumentsSubmittedToCwc,
] as const;

/** Events of a child's download log (`documentdownloads-<caseId>`): reads, kept apart so they never move the file's revision. */
export const DOCUMENT_DOWNLOADS_STREAM_EVENTS = [DocumentDownloaded] as const;

/** Every event type the documentation service writes. */
export const DOCUMENTATION_EVENTS = [...DOCUMENTS_STREAM_EVENTS, ...DOCUMENT_DOWNLOADS_STREAM_EVENTS] as const;

export type DocumentsEvent =
  | DocumentUploaded
  | DocumentSuperseded
  | DocumentVerified
  | DocumentVerificationRefused
  | DocumentsSubmittedToCwc;
