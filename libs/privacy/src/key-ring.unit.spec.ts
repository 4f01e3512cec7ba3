import { randomBytes } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { Readable } from 'node:stream';
import { CiphertextInvalidError, DataKeyMissingError, KeyErasedError, KeyRing, LocalKeyWrapper, MasterKeyMismatchError } from '@setu/privacy';
import { InMemoryDataKeyStore, inMemoryKeyRing } from '@setu/privacy/testing';

const caseA = '0195f3a0-7c2e-7b41-9a3d-2f1e0c9b8a71';
const caseB = '0195f3a0-7c2e-7b41-9a3d-2f1e0c9b8a72';

describe('KeyRing', () => {
  let store: InMemoryDataKeyStore;
  let ring: KeyRing;
  beforeEach(() => {
    store = new InMemoryDataKeyStore();
    ring = inMemoryKeyRing(store);
  });

  it('creates one key per case on first use and stores it only wrapped', async () => {
    const sealed = await ring.encrypt(caseA, 'Rahul Kumar (synthetic)', 'name');
    expect((await ring.decrypt(caseA, sealed, 'name')).toString()).toBe('Rahul Kumar (synthetic)');
    const row = store.rows.get(caseA);
    expect(row).toMatchObject({ status: 'live', wrappedBy: expect.stringMatching(/^local:[0-9a-f]{16}$/) });
    expect(store.rows.size).toBe(1);
    expect(JSON.stringify(await ring.dataKeyFor(caseA))).toBe(JSON.stringify({ caseId: caseA }));
  });

  it("binds a ciphertext to its case and purpose: another child's key or another field fails", async () => {
    const sealed = await ring.encrypt(caseA, 'Gaya', 'village');
    await ring.dataKeyFor(caseB);
    await expect(ring.decrypt(caseB, sealed, 'village')).rejects.toThrow(CiphertextInvalidError);
    await expect(ring.decrypt(caseA, sealed, 'name')).rejects.toThrow(CiphertextInvalidError);
  });

  it('never creates a key to read with', async () => {
    await expect(ring.decrypt(caseA, Buffer.alloc(40), '')).rejects.toThrow(DataKeyMissingError);
    expect(store.rows.size).toBe(0);
  });

  it('after erase, decrypting fails with KeyErasedError and nothing new is encrypted for the child', async () => {
    const sealed = await ring.encrypt(caseA, 'Rahul Kumar (synthetic)');
    const stream = (await ring.dataKeyFor(caseA)).encryptingStream('blob');
    const blob = await buffer(Readable.from([Buffer.from('%PDF-1.7 synthetic')]).pipe(stream));

    expect(await ring.erase(caseA)).toMatchObject({ destroyedKey: true });

    await expect(ring.decrypt(caseA, sealed)).rejects.toThrow(KeyErasedError);
    await expect(ring.encrypt(caseA, 'again')).rejects.toMatchObject({ code: 'DATA_KEY_ERASED', caseId: caseA });
    await expect(ring.existingDataKeyFor(caseA)).rejects.toThrow(KeyErasedError);
    expect(blob.length).toBeGreaterThan(0);
    expect(await ring.isErased(caseA)).toBe(true);
    expect(await ring.erase(caseA)).toMatchObject({ destroyedKey: false });
    await expect(ring.encrypt(caseB, 'other child')).resolves.toBeInstanceOf(Buffer);
  });

  it('erasing a case that never had a key leaves a tombstone', async () => {
    expect(await ring.erase(caseA)).toMatchObject({ destroyedKey: false });
    await expect(ring.dataKeyFor(caseA)).rejects.toThrow(KeyErasedError);
  });

  it('refuses ids that are not case ids', async () => {
    await expect(ring.dataKeyFor('../../etc/passwd')).rejects.toThrow(TypeError);
  });

  it('reports stored keys that the configured master key cannot unwrap', async () => {
    await ring.dataKeyFor(caseA);
    await expect(ring.assertMasterKeyFits()).resolves.toBeUndefined();
    const other = new KeyRing(store, new LocalKeyWrapper(randomBytes(32)));
    await expect(other.assertMasterKeyFits()).rejects.toThrow(MasterKeyMismatchError);
  });

  it('keeps keys wrapped by a retired master key readable during a rotation', async () => {
    const oldMaster = randomBytes(32);
    const before = new KeyRing(store, new LocalKeyWrapper(oldMaster));
    const sealed = await before.encrypt(caseA, 'synthetic');
    const after = new KeyRing(store, new LocalKeyWrapper(randomBytes(32), [oldMaster]));
    await after.assertMasterKeyFits();
    expect((await after.decrypt(caseA, sealed)).toString()).toBe('synthetic');
  });
});
