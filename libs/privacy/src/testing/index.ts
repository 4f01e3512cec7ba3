import { randomBytes } from 'node:crypto';
import type { DataKeyStore, ErasureRecord, StoredDataKey } from '../data-key-store.port';
import { KeyRing } from '../key-ring';
import { LocalKeyWrapper } from '../local-key-wrapper';

/** Data keys in memory, for unit tests of code that encrypts (the PostgreSQL store has its own tests). */
export class InMemoryDataKeyStore implements DataKeyStore {
  readonly rows = new Map<string, StoredDataKey>();

  find(caseId: string): Promise<StoredDataKey | undefined> {
    return Promise.resolve(this.rows.get(caseId));
  }

  insertIfAbsent(caseId: string, wrappedKey: Buffer, wrappedBy: string): Promise<StoredDataKey> {
    if (!this.rows.has(caseId)) this.rows.set(caseId, { status: 'live', wrappedKey, wrappedBy });
    return Promise.resolve(this.rows.get(caseId) as StoredDataKey);
  }

  erase(caseId: string): Promise<ErasureRecord> {
    const previous = this.rows.get(caseId);
    if (previous?.status === 'erased') return Promise.resolve({ erasedAt: previous.erasedAt, destroyedKey: false });
    const erasedAt = new Date();
    this.rows.set(caseId, { status: 'erased', erasedAt });
    return Promise.resolve({ erasedAt, destroyedKey: previous !== undefined });
  }

  wrappingKeyIds(): Promise<readonly string[]> {
    const ids = [...this.rows.values()].flatMap((row) => (row.status === 'live' ? [row.wrappedBy] : []));
    return Promise.resolve([...new Set(ids)]);
  }
}

/** A KeyRing with a random master key and keys in memory. */
export function inMemoryKeyRing(store: DataKeyStore = new InMemoryDataKeyStore()): KeyRing {
  return new KeyRing(store, new LocalKeyWrapper(randomBytes(32)));
}
