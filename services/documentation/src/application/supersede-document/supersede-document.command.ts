import { Command } from '@nestjs/cqrs';
import type { SupersessionReason } from '@setu/contracts';
import type { CallerContext } from '@setu/service-kit';
import type { StagedScan } from '../content/scan-intake';
import type { ScanOutcome } from '../shared/record-scan';
import type { ScanDescription } from '../upload-document/upload-document.command';

/** Replaces a document with a newer scan; what the form leaves out is taken from the old document. */
export class SupersedeDocumentCommand extends Command<ScanOutcome> {
  constructor(
    readonly caseId: string,
    readonly documentId: string,
    readonly reason: SupersessionReason,
    readonly scan: StagedScan,
    readonly description: Partial<ScanDescription>,
    readonly caller: CallerContext,
  ) {
    super();
  }
}
