import { DomainError, registerProblemCodes } from '@setu/platform';

/**
 * The child's data key was erased (crypto-shredding): whatever was encrypted with it is gone for
 * good, and nothing new is encrypted for that child. HTTP 410 Gone.
 */
export class KeyErasedError extends DomainError {
  constructor(readonly caseId: string) {
    super('DATA_KEY_ERASED', 'conflict', "This child's data was erased; it can no longer be read or added to.");
  }
}

/** Ciphertext that fails authentication: tampered, truncated, or bound to another case or purpose. */
export class CiphertextInvalidError extends Error {
  readonly code = 'CIPHERTEXT_INVALID';

  constructor(reason: string) {
    super(`ciphertext rejected: ${reason}`);
    this.name = 'CiphertextInvalidError';
  }
}

/** A ciphertext of a case that has no data key at all: the key table lost a row it should hold. */
export class DataKeyMissingError extends Error {
  readonly code = 'DATA_KEY_MISSING';

  constructor(readonly caseId: string) {
    super(`case ${caseId} has no data key`);
    this.name = 'DataKeyMissingError';
  }
}

/**
 * Data keys in the store were wrapped by a master key that is not configured: starting would
 * make every document unreadable (a fresh key file in a new container, a wrong SETU_MASTER_KEY).
 */
export class MasterKeyMismatchError extends Error {
  readonly code = 'MASTER_KEY_MISMATCH';

  constructor(readonly unknownKeyIds: readonly string[], configured: readonly string[]) {
    super(
      `data keys in the database are wrapped by master key ${unknownKeyIds.join(', ')}, but the configured master key is ${configured.join(', ')}; ` +
        'set SETU_MASTER_KEY (or <SETU_DATA_DIR>/keys/master.key) to the key that wrapped them',
    );
    this.name = 'MasterKeyMismatchError';
  }
}

registerProblemCodes({
  DATA_KEY_ERASED: { status: 410, title: 'Erased' },
  CIPHERTEXT_INVALID: {
    status: 500,
    title: 'Stored data failed its integrity check',
    expose: () => ({ detail: 'Stored data failed its integrity check; it is not served. Quote the correlation id when reporting it.' }),
  },
  DATA_KEY_MISSING: {
    status: 500,
    title: 'Data key missing',
    expose: () => ({ detail: 'The key for this data is missing; it cannot be read. Quote the correlation id when reporting it.' }),
  },
});
