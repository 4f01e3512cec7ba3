import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertBlobKey, BlobNotFoundError, type BlobStore, type StagedBlob } from '../application/ports/blob-store.port';

const STAGING = '.staging';

/**
 * Blobs as files under `<SETU_DATA_DIR>/blobs/<caseId>/<documentId>` (mode 0600). A blob is
 * written and fsynced under `.staging/`, then renamed into place: a reader sees all or nothing.
 */
export class LocalDiskBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  async stage(key: string, content: Readable): Promise<StagedBlob> {
    assertBlobKey(key);
    const staging = join(this.root, STAGING);
    await mkdir(staging, { recursive: true, mode: 0o700 });
    const temp = join(staging, randomUUID());
    let sizeBytes: number;
    try {
      await pipeline(content, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
      const file = await open(temp, 'r');
      try {
        await file.sync();
        sizeBytes = (await file.stat()).size;
      } finally {
        await file.close();
      }
    } catch (error) {
      content.destroy();
      await rm(temp, { force: true });
      throw error;
    }
    const target = this.pathOf(key);
    let settled = false;
    return {
      key,
      sizeBytes,
      commit: async () => {
        await mkdir(dirname(target), { recursive: true, mode: 0o700 });
        await rename(temp, target);
        settled = true;
      },
      discard: async () => {
        if (!settled) await rm(temp, { force: true });
        settled = true;
      },
    };
  }

  async read(key: string): Promise<Readable> {
    assertBlobKey(key);
    const file = await open(this.pathOf(key), 'r').catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new BlobNotFoundError(key) : error;
    });
    return file.createReadStream();
  }

  async delete(key: string): Promise<void> {
    assertBlobKey(key);
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** Where a key's blob lives; for tests that tamper with it. */
  pathOf(key: string): string {
    assertBlobKey(key);
    return join(this.root, ...key.split('/'));
  }
}
