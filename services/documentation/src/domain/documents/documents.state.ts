import type { DocumentKindCode } from '@setu/contracts';

interface DocumentBase {
  readonly documentId: string;
  readonly kind: DocumentKindCode;
  readonly sha256: string;
}

/** A scan in the file: the current one of its line, or replaced by a newer scan. */
export type DocumentEntry =
  | (DocumentBase & { readonly status: 'current' })
  | (DocumentBase & { readonly status: 'superseded'; readonly supersededBy: string });

/** A child's documents stream (`documents-<caseId>`), as far as deciding needs it. */
export type DocumentsState =
  | { readonly status: 'empty' }
  | {
      readonly status: 'active';
      readonly caseId: string;
      /** In upload order. */
      readonly documents: readonly DocumentEntry[];
      readonly submissionIds: readonly string[];
    };

export const initialDocumentsState = (): DocumentsState => ({ status: 'empty' });

export function documentsOf(state: DocumentsState): readonly DocumentEntry[] {
  return state.status === 'active' ? state.documents : [];
}

export function findDocument(state: DocumentsState, documentId: string): DocumentEntry | undefined {
  return documentsOf(state).find((d) => d.documentId === documentId);
}

/** The document already holding this content, if any: the same scan uploaded again is not a new document. */
export function findBySha256(state: DocumentsState, sha256: string): DocumentEntry | undefined {
  return documentsOf(state).find((d) => d.sha256 === sha256);
}
