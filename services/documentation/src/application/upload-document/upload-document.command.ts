import { Command } from '@nestjs/cqrs';
import type { DocumentKindCode } from '@setu/contracts';
import type { CallerContext } from '@setu/service-kit';
import type { StagedScan } from '../content/scan-intake';
import type { ScanOutcome } from '../shared/record-scan';

/** What the uploader says of the document: the form fields of the upload. */
export interface ScanDescription {
  readonly kind: DocumentKindCode;
  readonly issuer: string;
  readonly issuedOn: string;
  readonly documentNumber?: string;
}

/** Adds a staged scan to the child's file (or recognises it as already there). */
export class UploadDocumentCommand extends Command<ScanOutcome> {
  constructor(
    readonly caseId: string,
    readonly scan: StagedScan,
    readonly description: ScanDescription,
    readonly caller: CallerContext,
  ) {
    super();
  }
}
