import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@setu/platform';
import { STREAM_WRITER, type StreamWriter } from '@setu/service-kit';
import { BLOB_STORE } from '../documentation.di-tokens';
import type { BlobStore } from '../ports/blob-store.port';
import { recordScan, type ScanOutcome } from '../shared/record-scan';
import { UploadDocumentCommand } from './upload-document.command';

@CommandHandler(UploadDocumentCommand)
export class UploadDocumentHandler implements ICommandHandler<UploadDocumentCommand> {
  constructor(
    @Inject(STREAM_WRITER) private readonly writer: StreamWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  execute({ caseId, scan, description, caller }: UploadDocumentCommand): Promise<ScanOutcome> {
    const { documentId, mediaType, sizeBytes, sha256 } = scan;
    return recordScan({ writer: this.writer, clock: this.clock, blobs: this.blobs }, caseId, scan, caller, (_file, at) => ({
      type: 'UploadDocument',
      data: { caseId, documentId, mediaType, sizeBytes, sha256, ...description },
      occurredAt: at,
    }));
  }
}
