import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { blobStoreContract } from '../testing/blob-store.contract';
import { LocalDiskBlobStore } from './local-disk.blob-store';

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'setu-blobs-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

blobStoreContract('LocalDiskBlobStore', { store: () => new LocalDiskBlobStore(root), leftovers: () => filesUnder(root) });

describe('LocalDiskBlobStore on disk', () => {
  it('keeps blobs as files readable by the owner only, under <caseId>/<documentId>', async () => {
    const store = new LocalDiskBlobStore(root);
    const key = '0195f3a0-7c2e-7b41-9a3d-2f1e0c9b8a71/0195f8c2-4b1d-7e3a-8f20-6a9c1d2e3f40';
    await (await store.stage(key, Readable.from([Buffer.from('ciphertext')]))).commit();
    expect((await stat(store.pathOf(key))).mode & 0o777).toBe(0o600);
    expect(await filesUnder(root)).toEqual([key]);
    await store.delete(key);
  });
});
