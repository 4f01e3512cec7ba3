import {
  documentKind,
  REQUIRED_DOCUMENT_KINDS,
  type DocumentKindCode,
  type DocumentMediaType,
  type DocumentsEvent,
  type SupersessionReason,
  type VerificationRefusalReason,
} from '@setu/contracts';
import type { RecordedEvent } from '@setu/event-store';

export interface RecordedBy {
  readonly userId: string;
  readonly orgId: string;
  readonly role: string;
}

export type VerificationView =
  | { readonly outcome: 'verified'; readonly committee: string; readonly district: string; readonly at: string; readonly recordedBy: RecordedBy }
  | {
      readonly outcome: 'refused';
      readonly reason: VerificationRefusalReason;
      readonly committee: string;
      readonly district: string;
      readonly at: string;
      readonly recordedBy: RecordedBy;
    };

export interface DocumentView {
  readonly documentId: string;
  readonly kind: DocumentKindCode;
  readonly kindName: string;
  readonly requiredBeforeRepatriation: boolean;
  readonly restricted: boolean;
  readonly mediaType: DocumentMediaType;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly issuer: string;
  readonly issuedOn: string;
  readonly documentNumber?: string;
  readonly uploadedAt: string;
  readonly uploadedBy: RecordedBy;
  readonly status: 'current' | 'superseded';
  readonly supersedes?: string;
  readonly supersededBy?: string;
  readonly supersessionReason?: SupersessionReason;
  /** `unverified` until the committee looks at it; then the latest outcome. */
  readonly verificationStatus: 'unverified' | 'verified' | 'refused';
  readonly verifications: readonly VerificationView[];
}

export interface SubmissionView {
  readonly submissionId: string;
  readonly committee: string;
  readonly district: string;
  readonly submittedAt: string;
  readonly documentIds: readonly string[];
  readonly missingKinds: readonly DocumentKindCode[];
  readonly recordedBy: RecordedBy;
}

/** A child's file as the documentation service keeps it. */
export interface CaseDocumentsView {
  readonly caseId: string;
  /** The current scan of each line of documents. */
  readonly documents: readonly DocumentView[];
  /** Older scans, replaced by newer ones; kept as history. */
  readonly superseded: readonly DocumentView[];
  /** Key documents (required before repatriation) with no current scan. */
  readonly missingRequiredKinds: readonly DocumentKindCode[];
  readonly submissions: readonly SubmissionView[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const byOf = (event: RecordedEvent): RecordedBy => {
  const { userId, orgId, role } = event.metadata.actor;
  return { userId, orgId, role };
};

/** Folds a documents stream into its view; every document ever uploaded stays in it. */
export function caseDocumentsView(caseId: string, recorded: readonly RecordedEvent[]): CaseDocumentsView {
  const documents = new Map<string, Mutable<DocumentView>>();
  const submissions: SubmissionView[] = [];
  for (const stored of recorded) {
    const event = { type: stored.type, data: stored.data } as DocumentsEvent;
    switch (event.type) {
      case 'documentation.DocumentUploaded': {
        const { caseId: _case, uploadedAt, ...data } = event.data;
        const kind = documentKind(data.kind);
        documents.set(data.documentId, {
          ...data,
          kindName: kind.name,
          requiredBeforeRepatriation: kind.requiredBeforeRepatriation,
          restricted: kind.restricted,
          uploadedAt,
          uploadedBy: byOf(stored),
          status: 'current',
          verificationStatus: 'unverified',
          verifications: [],
        });
        break;
      }
      case 'documentation.DocumentSuperseded': {
        const entry = documents.get(event.data.documentId);
        if (entry !== undefined) Object.assign(entry, { status: 'superseded', supersededBy: event.data.supersededBy, supersessionReason: event.data.reason });
        break;
      }
      case 'documentation.DocumentVerified': {
        const { documentId, committee, district, verifiedAt } = event.data;
        const entry = documents.get(documentId);
        if (entry === undefined) break;
        entry.verifications = [...entry.verifications, { outcome: 'verified', committee, district, at: verifiedAt, recordedBy: byOf(stored) }];
        entry.verificationStatus = 'verified';
        break;
      }
      case 'documentation.DocumentVerificationRefused': {
        const { documentId, committee, district, refusedAt, reason } = event.data;
        const entry = documents.get(documentId);
        if (entry === undefined) break;
        entry.verifications = [...entry.verifications, { outcome: 'refused', reason, committee, district, at: refusedAt, recordedBy: byOf(stored) }];
        entry.verificationStatus = 'refused';
        break;
      }
      case 'documentation.DocumentsSubmittedToCwc': {
        const { caseId: _case, ...data } = event.data;
        submissions.push({ ...data, recordedBy: byOf(stored) });
        break;
      }
      default:
        break; // a newer event type this build does not know yet
    }
  }
  const all = [...documents.values()];
  const current = all.filter((d) => d.status === 'current');
  const held = new Set(current.map((d) => d.kind));
  return {
    caseId,
    documents: current,
    superseded: all.filter((d) => d.status === 'superseded'),
    missingRequiredKinds: REQUIRED_DOCUMENT_KINDS.filter((kind) => !held.has(kind)),
    submissions,
  };
}
