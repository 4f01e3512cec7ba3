import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@setu/platform';
import { recordOnStream, STREAM_WRITER, type StreamWriter } from '@setu/service-kit';
import { documentDownloadsDecider } from '../../domain';
import { ScanReader } from '../content/scan-reader';
import { DocumentNotFoundError } from '../documentation.errors';
import { caseDocumentsView } from '../queries/case-documents.view';
import { documentsStream, downloadsStream } from '../shared/documentation-streams';
import { DownloadDocumentCommand, type DownloadableScan } from './download-document.command';

@CommandHandler(DownloadDocumentCommand)
export class DownloadDocumentHandler implements ICommandHandler<DownloadDocumentCommand> {
  constructor(
    @Inject(STREAM_WRITER) private readonly writer: StreamWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reader: ScanReader,
  ) {}

  async execute({ caseId, documentId, caller }: DownloadDocumentCommand): Promise<DownloadableScan> {
    const file = caseDocumentsView(caseId, (await this.writer.store.readStream(documentsStream(caseId))).events);
    const document = [...file.documents, ...file.superseded].find((d) => d.documentId === documentId);
    if (document === undefined) throw new DocumentNotFoundError();
    const scan = { caseId, documentId, sha256: document.sha256, sizeBytes: document.sizeBytes };

    // Checked in full before anything is recorded or served: a tampered blob is an error, not bytes.
    await this.reader.verify(scan);
    const { principal } = caller;
    // A read never waits on the file's revision (If-Match).
    const { expectedRevision: _ignored, ...unconditional } = caller;
    await recordOnStream(
      this.writer,
      documentDownloadsDecider,
      downloadsStream(caseId),
      {
        type: 'RecordDownload',
        data: { caseId, documentId, sha256: document.sha256, downloadedBy: { userId: principal.userId, orgId: principal.orgId, role: principal.role } },
        occurredAt: this.clock.now(),
      },
      unconditional,
    );
    return { documentId, mediaType: document.mediaType, sizeBytes: document.sizeBytes, sha256: document.sha256, content: await this.reader.open(scan) };
  }
}
