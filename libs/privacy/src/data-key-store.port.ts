/** A case's data key as stored: wrapped by the master key, or erased for good. */
export type StoredDataKey =
  | { readonly status: 'live'; readonly wrappedKey: Buffer; readonly wrappedBy: string }
  | { readonly status: 'erased'; readonly erasedAt: Date };

export interface ErasureRecord {
  readonly erasedAt: Date;
  /** False when the key was already erased (or never existed and a tombstone was written). */
  readonly destroyedKey: boolean;
}

/** Where wrapped data keys live (PostgreSQL: `setu_data_keys`). */
export interface DataKeyStore {
  find(caseId: string): Promise<StoredDataKey | undefined>;
  /** Stores the key unless the case already has one (or a tombstone), and returns what is stored. */
  insertIfAbsent(caseId: string, wrappedKey: Buffer, wrappedBy: string): Promise<StoredDataKey>;
  /** Destroys the wrapped key and leaves a tombstone; idempotent. */
  erase(caseId: string): Promise<ErasureRecord>;
  /** The master key ids that wrapped the live keys. */
  wrappingKeyIds(): Promise<readonly string[]>;
}
