export { DocumentationModule } from './documentation.module';
export type { BlobStore, StagedBlob } from './application/ports/blob-store.port';
export { BLOB_STORE } from './application/documentation.di-tokens';
