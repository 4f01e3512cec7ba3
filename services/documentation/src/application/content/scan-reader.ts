import { Inject, Injectable } from '@nestjs/common';
import { LOGGER } from '@setu/platform';
import { CiphertextInvalidError, DataKeyMissingError, KEY_RING, type KeyRing } from '@setu/privacy';
import { pipeline as pipe, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';
import { BLOB_STORE } from '../documentation.di-tokens';
import { DocumentIntegrityError } from '../documentation.errors';
import { BlobNotFoundError, blobKeyOf, type BlobStore } from '../ports/blob-store.port';
import { ContentMeter } from './content-meter';
import { blobAad } from './scan-intake';

/** What the file records of a scan, against which its stored bytes are checked. */
export interface RecordedScan {
  readonly caseId: string;
  readonly documentId: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

const discard = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });

/**
 * Reads scans back. `verify` decrypts the whole blob and compares its SHA-256 and size with the
 * record before anything is served, so a tampered blob is an error (problem+json), never bytes;
 * `open` then streams it again, each segment authenticated before it is released.
 */
@Injectable()
export class ScanReader {
  constructor(
    @Inject(KEY_RING) private readonly ring: KeyRing,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** KeyErasedError (410) once the child's key is erased; DocumentIntegrityError for any mismatch. */
  async verify(scan: RecordedScan): Promise<void> {
    const meter = new ContentMeter(Number.POSITIVE_INFINITY);
    try {
      await pipeline(await this.open(scan), meter, discard());
    } catch (error) {
      if (error instanceof DocumentIntegrityError) throw error;
      if (error instanceof CiphertextInvalidError) throw this.integrityFailure(scan, 'ciphertext');
      throw error;
    }
    if (meter.sha256 !== scan.sha256 || meter.sizeBytes !== scan.sizeBytes) throw this.integrityFailure(scan, 'checksum');
  }

  /** The plaintext stream; errors (destroying itself) at the first segment that does not authenticate. */
  async open(scan: RecordedScan): Promise<Readable> {
    let key;
    try {
      key = await this.ring.existingDataKeyFor(scan.caseId);
    } catch (error) {
      if (error instanceof DataKeyMissingError) throw this.integrityFailure(scan, 'key-missing');
      throw error;
    }
    let blob: Readable;
    try {
      blob = await this.blobs.read(blobKeyOf(scan.caseId, scan.documentId));
    } catch (error) {
      if (error instanceof BlobNotFoundError) throw this.integrityFailure(scan, 'blob-missing');
      throw error;
    }
    return pipe(blob, key.decryptingStream(blobAad(scan.documentId)), () => undefined);
  }

  private integrityFailure(scan: RecordedScan, reason: string): DocumentIntegrityError {
    // Ids only: never names, numbers or content.
    this.logger.error({ caseId: scan.caseId, documentId: scan.documentId, reason }, 'stored scan failed its integrity check');
    return new DocumentIntegrityError();
  }
}
