import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { Transform } from 'node:stream';
import type { DataKeyStore, ErasureRecord, StoredDataKey } from './data-key-store.port';
import { openValue, sealValue } from './field-cipher';
import type { KeyWrapper } from './key-wrapper.port';
import { DataKeyMissingError, KeyErasedError, MasterKeyMismatchError } from './privacy.errors';
import { createDecryptStream, createEncryptStream } from './segmented-stream';

const DATA_KEY_BYTES = 32;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Binds every ciphertext to its case and to the caller's purpose (`event:rescue.ChildIdentified:name`). */
function associatedData(caseId: string, aad: string): Buffer {
  return Buffer.from(`setu:v1\0${caseId.toLowerCase()}\0${aad}`);
}

/**
 * One child's data key, unwrapped for the length of an operation. Do not keep it: an erasure
 * elsewhere cannot reach a copy held in memory.
 */
export class DataKey {
  readonly #key: KeyObject;

  constructor(
    readonly caseId: string,
    key: KeyObject,
  ) {
    this.#key = key;
  }

  encrypt(plaintext: Uint8Array | string, aad = ''): Buffer {
    const bytes = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
    return sealValue(this.#key, bytes, associatedData(this.caseId, aad));
  }

  decrypt(ciphertext: Uint8Array, aad = ''): Buffer {
    return openValue(this.#key, ciphertext, associatedData(this.caseId, aad));
  }

  /** A Transform that encrypts a stream of any length in authenticated 64 KiB segments. */
  encryptingStream(aad: string): Transform {
    return createEncryptStream(this.#key, associatedData(this.caseId, aad));
  }

  /** Releases only authenticated bytes; errors with CiphertextInvalidError on tampering or truncation. */
  decryptingStream(aad: string): Transform {
    return createDecryptStream(this.#key, associatedData(this.caseId, aad));
  }

  toJSON(): { caseId: string } {
    return { caseId: this.caseId };
  }
}

/**
 * Per-child data keys (ARCHITECTURE.md, "Security and privacy"): a random AES-256 key per case,
 * stored wrapped by the master key, created on first use. `erase` destroys it, after which every
 * ciphertext of that child is unreadable and nothing new can be encrypted for it.
 */
export class KeyRing {
  constructor(
    private readonly store: DataKeyStore,
    private readonly wrapper: KeyWrapper,
  ) {}

  /** The case's key, created if it has none. Throws KeyErasedError once erased. */
  async dataKeyFor(caseId: string): Promise<DataKey> {
    assertCaseId(caseId);
    const stored = (await this.store.find(caseId)) ?? (await this.create(caseId));
    return this.unwrap(caseId, stored);
  }

  /** The case's existing key, for reading: a case without one is an error, never a new key. */
  async existingDataKeyFor(caseId: string): Promise<DataKey> {
    assertCaseId(caseId);
    const stored = await this.store.find(caseId);
    if (stored === undefined) throw new DataKeyMissingError(caseId);
    return this.unwrap(caseId, stored);
  }

  async encrypt(caseId: string, plaintext: Uint8Array | string, aad = ''): Promise<Buffer> {
    return (await this.dataKeyFor(caseId)).encrypt(plaintext, aad);
  }

  async decrypt(caseId: string, ciphertext: Uint8Array, aad = ''): Promise<Buffer> {
    return (await this.existingDataKeyFor(caseId)).decrypt(ciphertext, aad);
  }

  async isErased(caseId: string): Promise<boolean> {
    assertCaseId(caseId);
    return (await this.store.find(caseId))?.status === 'erased';
  }

  /** Crypto-shredding: destroys the case's key for good. Idempotent. */
  erase(caseId: string): Promise<ErasureRecord> {
    assertCaseId(caseId);
    return this.store.erase(caseId);
  }

  /** Fails when stored keys were wrapped by a master key that is not configured (run at start-up). */
  async assertMasterKeyFits(): Promise<void> {
    const unknown = (await this.store.wrappingKeyIds()).filter((id) => !this.wrapper.canUnwrap(id));
    if (unknown.length > 0) throw new MasterKeyMismatchError(unknown, [this.wrapper.currentKeyId]);
  }

  private async create(caseId: string): Promise<StoredDataKey> {
    const wrapped = await this.wrapper.wrap(randomBytes(DATA_KEY_BYTES), caseId);
    return this.store.insertIfAbsent(caseId, wrapped, this.wrapper.currentKeyId);
  }

  private async unwrap(caseId: string, stored: StoredDataKey): Promise<DataKey> {
    if (stored.status === 'erased') throw new KeyErasedError(caseId);
    const raw = await this.wrapper.unwrap(stored.wrappedKey, stored.wrappedBy, caseId);
    try {
      return new DataKey(caseId, createSecretKey(raw));
    } finally {
      raw.fill(0);
    }
  }
}

function assertCaseId(caseId: string): void {
  if (!UUID.test(caseId)) throw new TypeError('a data key belongs to a case id (UUID)');
}
