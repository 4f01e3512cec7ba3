import { Command } from '@nestjs/cqrs';
import type { DocumentMediaType } from '@setu/contracts';
import type { CallerContext } from '@setu/service-kit';
import type { Readable } from 'node:stream';

export interface DownloadableScan {
  readonly documentId: string;
  readonly mediaType: DocumentMediaType;
  readonly sizeBytes: number;
  readonly sha256: string;
  /** Plaintext; each segment authenticated before it is released. */
  readonly content: Readable;
}

/** Serves a scan after checking it against its record; the download is recorded first. */
export class DownloadDocumentCommand extends Command<DownloadableScan> {
  constructor(
    readonly caseId: string,
    readonly documentId: string,
    readonly caller: CallerContext,
  ) {
    super();
  }
}
