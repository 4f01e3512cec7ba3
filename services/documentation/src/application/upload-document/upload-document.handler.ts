import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { CLOCK, EVENT_STORE, ID_GENERATOR, type Clock, type IdGenerator } from '@setu/platform';
import { BLOB_STORE } from '../documentation.di-tokens';
import type { BlobStore } from '../ports/blob-store.port';
import { recordScan, type ScanOutcome } from '../shared/record-scan';
import { UploadDocumentCommand } from './upload-document.command';

@CommandHandler(UploadDocumentCommand)
export class UploadDocumentHandler implements ICommandHandler<UploadDocumentCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  execute({ caseId, scan, description, caller }: UploadDocumentCommand): Promise<ScanOutcome> {
    const { documentId, mediaType, sizeBytes, sha256 } = scan;
    return recordScan({ store: this.store, ids: this.ids, clock: this.clock, blobs: this.blobs }, caseId, scan, caller, (_file, at) => ({
      type: 'UploadDocument',
      data: { caseId, documentId, mediaType, sizeBytes, sha256, ...description },
      occurredAt: at,
    }));
  }
}
