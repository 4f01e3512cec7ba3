import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SETU_CONFIG, type SetuConfig } from '@setu/platform';
import { PrivacyModule } from '@setu/privacy';
import { provideCaseDirectory, provideStreamWriter } from '@setu/service-kit';
import { CaseDocumentsController } from './api/case-documents.http.controller';
import { DocumentsController } from './api/documents.http.controller';
import { ScanIntake } from './application/content/scan-intake';
import { ScanReader } from './application/content/scan-reader';
import { BLOB_STORE } from './application/documentation.di-tokens';
import { DownloadDocumentHandler } from './application/download-document/download-document.handler';
import { GetCaseDocumentsHandler } from './application/queries/get-case-documents.handler';
import { ListDownloadsHandler } from './application/queries/list-downloads.handler';
import { DOCUMENTATION_SOURCE } from './application/shared/documentation-streams';
import { SubmitDocumentsHandler } from './application/submit-documents/submit-documents.handler';
import { SupersedeDocumentHandler } from './application/supersede-document/supersede-document.handler';
import { UploadDocumentHandler } from './application/upload-document/upload-document.handler';
import { VerifyDocumentHandler } from './application/verify-document/verify-document.handler';
import { blobStoreConfigFrom, createBlobStore } from './infrastructure/blob-store.config';

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
    provideStreamWriter(DOCUMENTATION_SOURCE),
    provideCaseDirectory(),
    { provide: BLOB_STORE, useFactory: (config: SetuConfig) => createBlobStore(blobStoreConfigFrom(process.env, config.dataDir)), inject: [SETU_CONFIG] },
  ],
})
export class DocumentationModule {}
