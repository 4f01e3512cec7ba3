// The closed vocabularies of the documentation context. Events store these strings: add values, never rename.

/** What a scan may be, decided by its magic bytes. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** The largest scan accepted: 20 MiB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Why a newer scan replaced a document. */
export const SUPERSESSION_REASONS = ['better_scan', 'reissued', 'corrected', 'wrong_document'] as const;
export type SupersessionReason = (typeof SUPERSESSION_REASONS)[number];

/** Why the CWC did not accept a document as genuine and complete. */
export const VERIFICATION_REFUSAL_REASONS = ['illegible', 'incomplete', 'not_genuine', 'wrong_child', 'wrong_kind', 'expired'] as const;
export type VerificationRefusalReason = (typeof VERIFICATION_REFUSAL_REASONS)[number];
