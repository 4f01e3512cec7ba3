import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, SETU_CONFIG, type SetuConfig } from '@setu/platform';
import { PrivacyModule } from '@setu/privacy';
import { CaseDocumentsController } from './api/case-documents.http.controller';
import { DocumentsController } from './api/documents.http.controller';
import { ScanIntake } from './application/content/scan-intake';
import { ScanReader } from './application/content/scan-reader';
import { BLOB_STORE, CASE_DIRECTORY } from './application/documentation.di-tokens';
import { DownloadDocumentHandler } from './application/download-document/download-document.handler';
import { GetCaseDocumentsHandler } from './application/queries/get-case-documents.handler';
import { ListDownloadsHandler } from './application/queries/list-downloads.handler';
import { SubmitDocumentsHandler } from './application/submit-documents/submit-documents.handler';
import { SupersedeDocumentHandler } from './application/supersede-document/supersede-document.handler';
import { UploadDocumentHandler } from './application/upload-document/upload-document.handler';
import { VerifyDocumentHandler } from './application/verify-document/verify-document.handler';
import { blobStoreConfigFrom, createBlobStore } from './infrastructure/blob-store.config';
import { EventStoreCaseDirectory } from './infrastructure/event-store-case-directory.adapter';

const commandHandlers = [UploadDocumentHandler, SupersedeDocumentHandler, VerifyDocumentHandler, SubmitDocumentsHandler, DownloadDocumentHandler];
const queryHandlers = [GetCaseDocumentsHandler, ListDownloadsHandler];

/**
 * The documentation service (DOMAIN.md stage 6): each child's scanned documents
 * (`documents-<caseId>`, downloads in `documentdownloads-<caseId>`), stored encrypted with the
 * child's key in the blob store. The blob-store variables are read from the environment once,
 * when the app starts.
 */
@Module({
  imports: [CqrsModule.forRoot(), PrivacyModule],
  controllers: [CaseDocumentsController, DocumentsController],
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    ScanIntake,
    ScanReader,
    { provide: CASE_DIRECTORY, useFactory: (store: EventStore) => new EventStoreCaseDirectory(store), inject: [EVENT_STORE] },
    { provide: BLOB_STORE, useFactory: (config: SetuConfig) => createBlobStore(blobStoreConfigFrom(process.env, config.dataDir)), inject: [SETU_CONFIG] },
  ],
})
export class DocumentationModule {}
