import { REQUIRED_DOCUMENT_KINDS, type DocumentsEvent, type DocumentUploaded } from '@setu/contracts';
import type { Decider } from '@setu/decider';
import type { DocumentsCommand, ScanFacts, SubmitDocumentsToCwc, SupersedeDocument, UploadDocument, VerifyDocument } from './documents.commands';
import { alreadySuperseded, documentNotFound, nothingToSubmit, unknownSubmittedDocuments } from './documents.rejections';
import { findBySha256, findDocument, initialDocumentsState, type DocumentEntry, type DocumentsState } from './documents.state';

function uploaded(caseId: string, scan: ScanFacts, at: Date, supersedes?: string): DocumentUploaded {
  return {
    type: 'documentation.DocumentUploaded',
    data: {
      caseId,
      documentId: scan.documentId,
      kind: scan.kind,
      mediaType: scan.mediaType,
      sizeBytes: scan.sizeBytes,
      sha256: scan.sha256,
      issuer: scan.issuer,
      issuedOn: scan.issuedOn,
      ...(scan.documentNumber === undefined ? {} : { documentNumber: scan.documentNumber }),
      uploadedAt: at.toISOString(),
      ...(supersedes === undefined ? {} : { supersedes }),
    },
  };
}

/** The same content twice is one document; a retried command (same id) changes nothing. */
function alreadyHeld(state: DocumentsState, scan: ScanFacts): boolean {
  return findBySha256(state, scan.sha256) !== undefined || findDocument(state, scan.documentId) !== undefined;
}

function upload(command: UploadDocument, state: DocumentsState): DocumentsEvent[] {
  if (alreadyHeld(state, command.data)) return [];
  return [uploaded(command.data.caseId, command.data, command.occurredAt)];
}

/** Follows the chain of newer scans to the document that is current now. */
function currentOf(state: DocumentsState, entry: DocumentEntry): DocumentEntry {
  let current = entry;
  while (current.status === 'superseded') current = findDocument(state, current.supersededBy) ?? current;
  return current;
}

function supersede(command: SupersedeDocument, state: DocumentsState): DocumentsEvent[] {
  const { caseId, documentId, reason, scan } = command.data;
  const old = findDocument(state, documentId);
  if (old === undefined) throw documentNotFound();
  if (old.status === 'superseded') {
    if (old.supersededBy === scan.documentId) return []; // a retry
    throw alreadySuperseded(currentOf(state, old).documentId);
  }
  if (alreadyHeld(state, scan)) return [];
  return [
    uploaded(caseId, scan, command.occurredAt, documentId),
    { type: 'documentation.DocumentSuperseded', data: { caseId, documentId, supersededBy: scan.documentId, reason } },
  ];
}

function verify(command: VerifyDocument, state: DocumentsState): DocumentsEvent[] {
  const { caseId, documentId, committee, district, outcome } = command.data;
  // A superseded scan may still be verified: the committee may have looked at it before the newer one came.
  if (findDocument(state, documentId) === undefined) throw documentNotFound();
  const at = command.occurredAt.toISOString();
  switch (outcome.verdict) {
    case 'verified':
      return [{ type: 'documentation.DocumentVerified', data: { caseId, documentId, committee, district, verifiedAt: at } }];
    case 'refused':
      return [
        {
          type: 'documentation.DocumentVerificationRefused',
          data: { caseId, documentId, committee, district, refusedAt: at, reason: outcome.reason },
        },
      ];
    default:
      return unreachable(outcome);
  }
}

function submit(command: SubmitDocumentsToCwc, state: DocumentsState): DocumentsEvent[] {
  const { caseId, submissionId, committee, district, documentIds } = command.data;
  if (state.status === 'active' && state.submissionIds.includes(submissionId)) return [];
  const named = documentIds ?? (state.status === 'active' ? state.documents.filter((d) => d.status === 'current').map((d) => d.documentId) : []);
  if (named.length === 0) throw nothingToSubmit();
  const unknown = named.flatMap((id, i) => (findDocument(state, id) === undefined ? [i] : []));
  if (unknown.length > 0) throw unknownSubmittedDocuments(unknown);
  const kinds = new Set(named.map((id) => findDocument(state, id)?.kind));
  return [
    {
      type: 'documentation.DocumentsSubmittedToCwc',
      data: {
        caseId,
        submissionId,
        committee,
        district,
        submittedAt: command.occurredAt.toISOString(),
        documentIds: [...named],
        missingKinds: REQUIRED_DOCUMENT_KINDS.filter((kind) => !kinds.has(kind)),
      },
    },
  ];
}

function decide(command: DocumentsCommand, state: DocumentsState): DocumentsEvent[] {
  switch (command.type) {
    case 'UploadDocument':
      return upload(command, state);
    case 'SupersedeDocument':
      return supersede(command, state);
    case 'VerifyDocument':
      return verify(command, state);
    case 'SubmitDocumentsToCwc':
      return submit(command, state);
    default:
      return unreachable(command);
  }
}

function active(state: DocumentsState, caseId: string): Extract<DocumentsState, { status: 'active' }> {
  return state.status === 'active' ? state : { status: 'active', caseId, documents: [], submissionIds: [] };
}

function evolve(state: DocumentsState, event: DocumentsEvent): DocumentsState {
  switch (event.type) {
    case 'documentation.DocumentUploaded': {
      const { caseId, documentId, kind, sha256 } = event.data;
      const current = active(state, caseId);
      return { ...current, documents: [...current.documents, { status: 'current', documentId, kind, sha256 }] };
    }
    case 'documentation.DocumentSuperseded': {
      const { caseId, documentId, supersededBy } = event.data;
      const current = active(state, caseId);
      const documents = current.documents.map(
        (d): DocumentEntry => (d.documentId === documentId ? { ...d, status: 'superseded', supersededBy } : d),
      );
      return { ...current, documents };
    }
    case 'documentation.DocumentVerified':
    case 'documentation.DocumentVerificationRefused':
      return state;
    case 'documentation.DocumentsSubmittedToCwc': {
      const current = active(state, event.data.caseId);
      return { ...current, submissionIds: [...current.submissionIds, event.data.submissionId] };
    }
    default:
      return unreachable(event);
  }
}

function unreachable(value: never): never {
  throw new Error(`unhandled: ${JSON.stringify(value)}`);
}

/** A child's documents stream (`documents-<caseId>`): uploads, newer scans, verification, submission. */
export const documentsDecider: Decider<DocumentsCommand, DocumentsEvent, DocumentsState> = {
  decide,
  evolve,
  initialState: initialDocumentsState,
};
