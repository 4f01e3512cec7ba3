import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@setu/platform';
import { STREAM_WRITER, type StreamWriter } from '@setu/service-kit';
import { BLOB_STORE } from '../documentation.di-tokens';
import { DocumentNotFoundError } from '../documentation.errors';
import type { BlobStore } from '../ports/blob-store.port';
import { recordScan, type ScanOutcome } from '../shared/record-scan';
import { SupersedeDocumentCommand } from './supersede-document.command';

@CommandHandler(SupersedeDocumentCommand)
export class SupersedeDocumentHandler implements ICommandHandler<SupersedeDocumentCommand> {
  constructor(
    @Inject(STREAM_WRITER) private readonly writer: StreamWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  execute({ caseId, documentId, reason, scan, description, caller }: SupersedeDocumentCommand): Promise<ScanOutcome> {
    return recordScan({ writer: this.writer, clock: this.clock, blobs: this.blobs }, caseId, scan, caller, (file, at) => {
      const old = [...file.documents, ...file.superseded].find((d) => d.documentId === documentId);
      if (old === undefined) throw new DocumentNotFoundError();
      const documentNumber = description.documentNumber ?? old.documentNumber;
      return {
        type: 'SupersedeDocument',
        data: {
          caseId,
          documentId,
          reason,
          scan: {
            documentId: scan.documentId,
            mediaType: scan.mediaType,
            sizeBytes: scan.sizeBytes,
            sha256: scan.sha256,
            kind: description.kind ?? old.kind,
            issuer: description.issuer ?? old.issuer,
            issuedOn: description.issuedOn ?? old.issuedOn,
            ...(documentNumber === undefined ? {} : { documentNumber }),
          },
        },
        occurredAt: at,
      };
    });
  }
}
