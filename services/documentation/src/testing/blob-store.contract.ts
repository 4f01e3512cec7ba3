import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { BlobNotFoundError, blobKeyOf, type BlobStore } from '../application/ports/blob-store.port';

export interface BlobStoreSubject {
  readonly store: () => BlobStore;
  /** Every object the store holds, staged or committed: to prove that nothing is left behind. */
  readonly leftovers: () => Promise<readonly string[]>;
}

const keyOf = (): string => blobKeyOf(randomUUID(), randomUUID());

function bytes(size: number, seed = 1): Buffer {
  const data = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) data[i] = (i * 131 + seed) % 256;
  return data;
}

function failingAfter(data: Buffer): Readable {
  return new Readable({
    read() {
      this.push(data);
      this.destroy(new Error('the client went away'));
    },
  });
}

/** The behaviour every BlobStore adapter must have; run against the local disk and S3 (MinIO). */
export function blobStoreContract(name: string, subject: BlobStoreSubject): void {
  describe(`${name} (BlobStore contract)`, () => {
    it('keeps the bytes exactly, visible only after commit', async () => {
      const store = subject.store();
      const key = keyOf();
      const data = bytes(70_000);
      const staged = await store.stage(key, Readable.from([data.subarray(0, 1000), data.subarray(1000)]));
      expect(staged.sizeBytes).toBe(data.length);
      await expect(store.read(key)).rejects.toThrow(BlobNotFoundError);
      await staged.commit();
      expect((await buffer(await store.read(key))).equals(data)).toBe(true);
      await store.delete(key);
    });

    it('round-trips content larger than one S3 part', async () => {
      const store = subject.store();
      const key = keyOf();
      const data = bytes(6 * 1024 * 1024 + 123, 7);
      const chunks = Array.from({ length: Math.ceil(data.length / 65536) }, (_, i) => data.subarray(i * 65536, (i + 1) * 65536));
      const staged = await store.stage(key, Readable.from(chunks));
      await staged.commit();
      expect((await buffer(await store.read(key))).equals(data)).toBe(true);
      await store.delete(key);
    });

    it('leaves nothing behind when discarded, twice or not', async () => {
      const store = subject.store();
      const key = keyOf();
      const staged = await store.stage(key, Readable.from([bytes(5000)]));
      await staged.discard();
      await staged.discard();
      await expect(store.read(key)).rejects.toThrow(BlobNotFoundError);
      expect(await subject.leftovers()).toEqual([]);
    });

    it('leaves nothing behind when the content fails midway', async () => {
      const store = subject.store();
      const key = keyOf();
      await expect(store.stage(key, failingAfter(bytes(10_000)))).rejects.toThrow('the client went away');
      await expect(store.read(key)).rejects.toThrow(BlobNotFoundError);
      expect(await subject.leftovers()).toEqual([]);
    });

    it('deletes, and deleting what is gone is no error', async () => {
      const store = subject.store();
      const key = keyOf();
      await (await store.stage(key, Readable.from([bytes(10)]))).commit();
      await store.delete(key);
      await store.delete(key);
      await expect(store.read(key)).rejects.toThrow(BlobNotFoundError);
      expect(await subject.leftovers()).toEqual([]);
    });

    it('refuses keys that are not <caseId>/<documentId>', async () => {
      const store = subject.store();
      for (const key of ['../../etc/passwd', `${randomUUID()}/../x`, randomUUID(), `${randomUUID()}/${randomUUID()}/x`]) {
        await expect(store.read(key)).rejects.toThrow(TypeError);
        await expect(store.stage(key, Readable.from([bytes(1)]))).rejects.toThrow(TypeError);
      }
    });
  });
}
