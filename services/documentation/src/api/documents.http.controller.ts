import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { VerificationRefusalReason } from '@setu/contracts';
import { LOGGER, RequestValidationError, revisionHeaders } from '@setu/platform';
import { ApiProblems, Caller, CONCURRENCY_CONFLICT_EXAMPLE, problemExamples, type CallerContext } from '@setu/service-kit';
import type { Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';
import { extensionOf } from '../application/content/media-type';
import { ScanIntake, type StagedScan } from '../application/content/scan-intake';
import { DocumentNotFoundError, DuplicateDocumentError } from '../application/documentation.errors';
import { DownloadDocumentCommand } from '../application/download-document/download-document.command';
import type { DocumentView } from '../application/queries/case-documents.view';
import { GetCaseDocumentsQuery } from '../application/queries/get-case-documents.query';
import type { ScanOutcome } from '../application/shared/record-scan';
import { SupersedeDocumentCommand } from '../application/supersede-document/supersede-document.command';
import { UploadDocumentCommand } from '../application/upload-document/upload-document.command';
import { VerifyDocumentCommand } from '../application/verify-document/verify-document.command';
import type { VerificationOutcome } from '../domain';
import { DocumentationCommand, DocumentationView, PROBLEMS, TAG } from './shared/endpoint.decorators';
import { EXAMPLE } from './shared/examples';
import { CaseParams, DocumentParams } from './shared/params.dto';
import { DOCUMENT_EXAMPLE } from './shared/view-examples';
import { receiveForm, type ReceivedForm } from './upload/multipart-form';
import {
  SUPERSEDE_FIELDS,
  SUPERSEDE_SCHEMA,
  SupersedeDocumentForm,
  UPLOAD_FIELDS,
  UPLOAD_SCHEMA,
  UploadAnswer,
  UploadDocumentForm,
  validatedForm,
} from './upload/upload-forms';
import { VerifyAnswer, VerifyDocumentRequest } from './verify-document.request.dto';

const documentPath = (caseId: string, documentId: string): string => `/documents/cases/${caseId}/documents/${documentId}`;

const UPLOAD_ANSWER = {
  documentId: EXAMPLE.documentId,
  mediaType: 'application/pdf',
  sizeBytes: 482133,
  sha256: EXAMPLE.sha256,
  revision: 0,
};

const DUPLICATE_OR_CONFLICT = problemExamples(
  409,
  'DUPLICATE_DOCUMENT: the same content is already in the file (its document id and location are in the problem), nothing stored; ' +
    'or CONCURRENCY_CONFLICT: If-Match is stale; or DOCUMENT_ALREADY_SUPERSEDED',
  {
    duplicate: {
      code: 'DUPLICATE_DOCUMENT',
      detail: "The same content is already in the child's file; nothing was stored.",
      documentId: EXAMPLE.documentId,
      location: `/documents/cases/${EXAMPLE.caseId}/documents/${EXAMPLE.documentId}`,
      revision: 2,
    },
    stale: CONCURRENCY_CONFLICT_EXAMPLE,
  },
);

/** The scans of a child's file: upload, newer scans, the CWC's verification, download. */
@Controller('documents/cases/:caseId/documents')
export class DocumentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly intake: ScanIntake,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Post()
  @DocumentationCommand({
    summary: "Upload a scan to a child's file",
    description:
      'A multipart/form-data request: the fields, then the scan in `file` (streamed, never buffered whole). The type is decided by the ' +
      'magic bytes (PDF, JPEG, PNG, TIFF), never by the name or Content-Type; at most 20 MiB; SHA-256 computed while streaming; ' +
      "stored encrypted with the child's key. The same content uploaded again for the case is recognised: 409 DUPLICATE_DOCUMENT " +
      'naming the document that holds it; nothing is stored.',
    answer: UPLOAD_ANSWER,
    location: 'the new document',
    problems: [400, 410, 413, 415, 422],
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_SCHEMA })
  @ApiProblems(DUPLICATE_OR_CONFLICT)
  async upload(
    @Param() { caseId }: CaseParams,
    @Req() req: IncomingMessage,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<UploadAnswer> {
    const intake = await this.intake.open(caseId);
    const form = await receiveForm(req, UPLOAD_FIELDS, (content) => intake.stage(content));
    return this.withStaged(form, async (scan) => {
      const { kind, issuer, issuedOn, documentNumber, jurisdiction } = await validatedForm(UploadDocumentForm, form.fields, form.problems);
      const description = { kind, issuer, issuedOn, ...(documentNumber === undefined ? {} : { documentNumber }) };
      const outcome = await this.commands.execute(
        new UploadDocumentCommand(caseId, scan, description, { ...caller, ...(jurisdiction === undefined ? {} : { jurisdiction }) }),
      );
      return answer(res, caseId, scan, outcome);
    });
  }

  @Post(':documentId/supersessions')
  @DocumentationCommand({
    summary: 'Replace a document with a newer scan',
    description:
      'The same multipart form as an upload, with `reason`; fields left out are taken from the old document. The old scan stays ' +
      'in the file as history, marked superseded.',
    answer: { ...UPLOAD_ANSWER, documentId: EXAMPLE.newerDocumentId, revision: 3 },
    location: 'the new document',
    problems: [400, 404, 410, 413, 415, 422],
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: SUPERSEDE_SCHEMA })
  @ApiProblems(DUPLICATE_OR_CONFLICT)
  async supersede(
    @Param() { caseId, documentId }: DocumentParams,
    @Req() req: IncomingMessage,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<UploadAnswer> {
    const intake = await this.intake.open(caseId);
    const form = await receiveForm(req, SUPERSEDE_FIELDS, (content) => intake.stage(content));
    return this.withStaged(form, async (scan) => {
      const { reason, jurisdiction, ...description } = await validatedForm(SupersedeDocumentForm, form.fields, form.problems);
      const given = Object.fromEntries(Object.entries(description).filter(([, v]) => v !== undefined));
      const outcome = await this.commands.execute(
        new SupersedeDocumentCommand(caseId, documentId, reason, scan, given, { ...caller, ...(jurisdiction === undefined ? {} : { jurisdiction }) }),
      );
      return answer(res, caseId, scan, outcome);
    });
  }

  @Post(':documentId/verifications')
  @DocumentationCommand({
    summary: "Record the CWC's verification of a scan",
    description: 'The committee accepted the scan as genuine and complete, or refused it with a reason.',
    answer: { revision: 5 },
    problems: [400, 404, 409],
  })
  @ApiBody({ type: VerifyDocumentRequest })
  async verify(
    @Param() { caseId, documentId }: DocumentParams,
    @Body() body: VerifyDocumentRequest,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<VerifyAnswer> {
    // Validation guarantees a reason exactly when the outcome is a refusal.
    const outcome: VerificationOutcome =
      body.outcome === 'verified' ? { verdict: 'verified' } : { verdict: 'refused', reason: body.reason as VerificationRefusalReason };
    const { revision } = await this.commands.execute(
      new VerifyDocumentCommand(caseId, documentId, body.committee, body.district, outcome, new Date(body.verifiedAt), {
        ...caller,
        ...(body.jurisdiction === undefined ? {} : { jurisdiction: body.jurisdiction }),
      }),
    );
    revisionHeaders(res, revision);
    return { revision };
  }

  @Get(':documentId')
  @DocumentationView({ summary: 'A document of the file: what it is, who uploaded it, its verification', example: DOCUMENT_EXAMPLE })
  async document(@Param() { caseId, documentId }: DocumentParams, @Res({ passthrough: true }) res: ServerResponse): Promise<DocumentView> {
    const { view, revision } = await this.queries.execute(new GetCaseDocumentsQuery(caseId));
    const document = [...view.documents, ...view.superseded].find((d) => d.documentId === documentId);
    if (document === undefined) throw new DocumentNotFoundError();
    revisionHeaders(res, revision);
    return document;
  }

  @Get(':documentId/content')
  @ApiTags(TAG)
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png', 'image/tiff')
  @DocumentationView({ summary: 'Download a scan (every download is recorded)', example: '(the bytes of the scan)', etag: false })
  @ApiProblems(PROBLEMS[410], PROBLEMS[500])
  async content(@Param() { caseId, documentId }: DocumentParams, @Caller() caller: CallerContext, @Res() res: Response): Promise<void> {
    const scan = await this.commands.execute(new DownloadDocumentCommand(caseId, documentId, caller));
    res.status(200);
    res.setHeader('Content-Type', scan.mediaType);
    res.setHeader('Content-Length', String(scan.sizeBytes));
    res.setHeader('Content-Disposition', `attachment; filename="${scan.documentId}.${extensionOf(scan.mediaType)}"`);
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(scan.sha256, 'hex').toString('base64')}:`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await pipeline(scan.content, res);
    } catch {
      // Checked in full before the headers went out, so only a change since then gets here:
      // cut the response rather than finish it with unverified bytes.
      this.logger.error({ caseId, documentId }, 'download cut off: the stored scan changed while it was served');
      res.destroy();
    }
  }

  /** Runs `record` with the staged scan; whatever goes wrong, a staged scan does not outlive the request. */
  private async withStaged(form: ReceivedForm<StagedScan>, record: (scan: StagedScan) => Promise<UploadAnswer>): Promise<UploadAnswer> {
    try {
      if (form.file === undefined) throw new RequestValidationError([...form.problems, { field: 'file', message: 'file is required: the scan, as a file part' }]);
      return await record(form.file);
    } finally {
      await form.file?.blob.discard();
    }
  }
}

function answer(res: ServerResponse, caseId: string, scan: StagedScan, outcome: ScanOutcome): UploadAnswer {
  // Nest answers a POST with one status; a duplicate is a problem naming the document holding the content.
  if (outcome.duplicate) throw new DuplicateDocumentError({ caseId, documentId: outcome.documentId, revision: outcome.revision });
  revisionHeaders(res, outcome.revision, documentPath(caseId, outcome.documentId));
  const { mediaType, sizeBytes, sha256 } = scan;
  return { documentId: outcome.documentId, mediaType, sizeBytes, sha256, revision: outcome.revision };
}
