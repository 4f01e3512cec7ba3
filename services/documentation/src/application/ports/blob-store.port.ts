import type { Readable } from 'node:stream';

/** Bytes written to a staging place, visible under their key only once committed. */
export interface StagedBlob {
  readonly key: string;
  readonly sizeBytes: number;
  /** Makes the blob readable under its key. */
  commit(): Promise<void>;
  /** Forgets the staged bytes; nothing remains. Safe to call twice. */
  discard(): Promise<void>;
}

/**
 * Where encrypted scans live: the local disk under `<SETU_DATA_DIR>/blobs` by default, an
 * S3-compatible bucket in the full stack. Keys are `<caseId>/<documentId>`. The store sees only
 * ciphertext; integrity is checked by the reader (authenticated encryption and SHA-256).
 */
export interface BlobStore {
  /** Streams `content` to staging; rejects (leaving nothing behind) if `content` errors. */
  stage(key: string, content: Readable): Promise<StagedBlob>;
  /** The blob's bytes; BlobNotFoundError when there is none. */
  read(key: string): Promise<Readable>;
  /** Removes a committed blob; no error if it is already gone. */
  delete(key: string): Promise<void>;
}

export class BlobNotFoundError extends Error {
  readonly code = 'BLOB_NOT_FOUND';

  constructor(readonly key: string) {
    super(`no blob under ${key}`);
    this.name = 'BlobNotFoundError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The key of a document's blob; both parts are UUIDs, so a key can never climb out of the store. */
export function blobKeyOf(caseId: string, documentId: string): string {
  const key = `${caseId.toLowerCase()}/${documentId.toLowerCase()}`;
  assertBlobKey(key);
  return key;
}

export function assertBlobKey(key: string): void {
  const [caseId, documentId, ...rest] = key.split('/');
  if (rest.length > 0 || !UUID.test(caseId ?? '') || !UUID.test(documentId ?? '')) {
    throw new TypeError('a blob key is <caseId>/<documentId>, both UUIDs');
  }
}
