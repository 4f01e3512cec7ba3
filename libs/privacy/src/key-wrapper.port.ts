/**
 * Wraps and unwraps data keys with a master key that never leaves it. The local adapter holds the
 * master key in memory (from SETU_MASTER_KEY or the data folder's key file); a KMS adapter
 * (AWS KMS Encrypt/Decrypt, GCP Cloud KMS, Vault transit) implements the same three members
 * with the key id of the KMS key and the context as its encryption context / AAD.
 */
export interface KeyWrapper {
  /** The id recorded next to every key this wrapper wraps now (e.g. `local:3f1c…`, a KMS key ARN). */
  readonly currentKeyId: string;
  /** Whether keys wrapped under `keyId` can be unwrapped here (the current key, and retired ones kept for rotation). */
  canUnwrap(keyId: string): boolean;
  /** `context` (the case id) is bound to the wrapped key: unwrapping it under another context fails. */
  wrap(dataKey: Buffer, context: string): Promise<Buffer>;
  unwrap(wrapped: Buffer, keyId: string, context: string): Promise<Buffer>;
}
