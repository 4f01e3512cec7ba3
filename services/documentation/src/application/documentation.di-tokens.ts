/** The `BlobStore` holding the encrypted scans. */
export const BLOB_STORE = Symbol('documentation:blob-store');
/** The `CaseDirectory`: whether a case exists, learned from the event log. */
export const CASE_DIRECTORY = Symbol('documentation:case-directory');
