import { Inject, Injectable } from '@nestjs/common';
import type { DocumentMediaType } from '@setu/contracts';
import { DomainError, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { KEY_RING, type DataKey, type KeyRing } from '@setu/privacy';
import { CASE_DIRECTORY, UnknownCaseError, type CaseDirectory } from '@setu/service-kit';
import { pipeline, type Readable } from 'node:stream';
import { BLOB_STORE } from '../documentation.di-tokens';
import { blobKeyOf, type BlobStore, type StagedBlob } from '../ports/blob-store.port';
import { ContentMeter } from './content-meter';
import { MediaTypeSniffer } from './media-type';

/** A scan received in full: typed by its magic bytes, measured, encrypted, staged (not yet visible). */
export interface StagedScan {
  readonly documentId: string;
  readonly mediaType: DocumentMediaType;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly blob: StagedBlob;
}

/** Receives scans for one case whose existence and key were checked before any byte was read. */
export interface CaseIntake {
  stage(content: Readable): Promise<StagedScan>;
}

/** What binds a blob's ciphertext to its document (the case is bound by the child's key). */
export const blobAad = (documentId: string): string => `document:${documentId.toLowerCase()}`;

/**
 * Streams an uploaded scan through magic-byte detection, SHA-256 and the size limit, encrypts it
 * with the child's key in authenticated segments, and stages it in the blob store. Never holds
 * the whole scan in memory; on any failure nothing stays behind.
 */
@Injectable()
export class ScanIntake {
  constructor(
    @Inject(KEY_RING) private readonly ring: KeyRing,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** UnknownCaseError (422) for a case nobody opened; KeyErasedError (410) for an erased child. */
  async open(caseId: string): Promise<CaseIntake> {
    if (!(await this.cases.find(caseId)).exists) throw new UnknownCaseError();
    const key = await this.ring.dataKeyFor(caseId);
    return { stage: (content) => this.stage(caseId, key, content) };
  }

  private async stage(caseId: string, key: DataKey, content: Readable): Promise<StagedScan> {
    const documentId = this.ids.newId();
    const sniffer = new MediaTypeSniffer();
    const meter = new ContentMeter();
    let encrypted: Readable | undefined;
    const flowing = new Promise<void>((resolve, reject) => {
      encrypted = pipeline(content, sniffer, meter, key.encryptingStream(blobAad(documentId)), (error) => (error ? reject(error) : resolve()));
    });
    const [piped, staged] = await Promise.allSettled([flowing, this.blobs.stage(blobKeyOf(caseId, documentId), encrypted as Readable)]);
    if (piped.status === 'rejected' || staged.status === 'rejected') {
      if (staged.status === 'fulfilled') await staged.value.discard();
      // The content's own failure (415, 413) says more than the store's premature close it caused.
      const pipedError: unknown = piped.status === 'rejected' ? piped.reason : undefined;
      throw pipedError instanceof DomainError || staged.status === 'fulfilled' ? pipedError : staged.reason;
    }
    return { documentId, mediaType: sniffer.mediaType as DocumentMediaType, sizeBytes: meter.sizeBytes, sha256: meter.sha256, blob: staged.value };
  }
}
