export type {
  DocumentsCommand,
  ScanFacts,
  SubmitDocumentsToCwc,
  SupersedeDocument,
  UploadDocument,
  VerificationOutcome,
  VerifyDocument,
} from './documents/documents.commands';
export { documentsDecider } from './documents/documents.decider';
export { documentsOf, findBySha256, findDocument, type DocumentEntry, type DocumentsState } from './documents/documents.state';
export { documentDownloadsDecider, type DownloadsState, type RecordDownload } from './downloads/document-downloads.decider';
