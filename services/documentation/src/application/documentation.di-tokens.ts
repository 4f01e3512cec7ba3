/** The `BlobStore` holding the encrypted scans. */
export const BLOB_STORE = Symbol('documentation:blob-store');
