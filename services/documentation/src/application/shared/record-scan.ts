import type { DocumentsEvent } from '@setu/contracts';
import { foldEvents } from '@setu/decider';
import { ConcurrencyError } from '@setu/event-store';
import type { Clock } from '@setu/platform';
import { ownEvents, recordOnStream, type CallerContext, type StreamWriter } from '@setu/service-kit';
import { documentsDecider, findBySha256, findDocument, type DocumentsCommand, type DocumentsState } from '../../domain';
import type { StagedScan } from '../content/scan-intake';
import type { BlobStore } from '../ports/blob-store.port';
import { caseDocumentsView, type CaseDocumentsView } from '../queries/case-documents.view';
import { documentsStream } from './documentation-streams';

export interface ScanOutcome {
  /** The new document, or the one already holding the same content. */
  readonly documentId: string;
  readonly revision: number;
  /** The same content was already in the child's file: nothing was stored or recorded. */
  readonly duplicate: boolean;
}

export interface RecordScanDeps {
  readonly writer: StreamWriter;
  readonly clock: Clock;
  readonly blobs: BlobStore;
}

function holderOf(state: DocumentsState, scan: StagedScan): string {
  return (findBySha256(state, scan.sha256) ?? findDocument(state, scan.documentId))?.documentId ?? scan.documentId;
}

/**
 * Records a staged scan. The blob is committed only when the command would record it (not a
 * duplicate, not rejected), and before its event, so no event ever names a missing blob; if the
 * append then fails or a concurrent upload of the same content won, the blob is deleted again.
 */
export async function recordScan(
  deps: RecordScanDeps,
  caseId: string,
  scan: StagedScan,
  caller: CallerContext,
  build: (file: CaseDocumentsView, at: Date) => DocumentsCommand,
): Promise<ScanOutcome> {
  const streamId = documentsStream(caseId);
  let command: DocumentsCommand;
  try {
    const stream = await deps.writer.store.readStream(streamId);
    if (caller.expectedRevision !== undefined && caller.expectedRevision !== stream.revision) {
      throw new ConcurrencyError(streamId, caller.expectedRevision, stream.exists ? stream.revision : 'no_stream');
    }
    command = build(caseDocumentsView(caseId, stream.events), deps.clock.now());
    const state = foldEvents(documentsDecider, ownEvents<DocumentsEvent>(stream.events));
    if (documentsDecider.decide(command, state).length === 0) {
      await scan.blob.discard();
      return { documentId: holderOf(state, scan), revision: stream.revision, duplicate: true };
    }
  } catch (error) {
    await scan.blob.discard();
    throw error;
  }

  await scan.blob.commit();
  let result;
  try {
    result = await recordOnStream(deps.writer, documentsDecider, streamId, command, caller);
  } catch (error) {
    await deps.blobs.delete(scan.blob.key).catch(() => undefined);
    throw error;
  }
  if (result.newEvents.length === 0) {
    await deps.blobs.delete(scan.blob.key);
    return { documentId: holderOf(result.newState, scan), revision: result.nextExpectedRevision, duplicate: true };
  }
  return { documentId: scan.documentId, revision: result.nextExpectedRevision, duplicate: false };
}
