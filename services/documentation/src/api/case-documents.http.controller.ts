import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody } from '@nestjs/swagger';
import { DOCUMENT_KINDS, type DocumentKind } from '@setu/contracts';
import { revisionHeaders } from '@setu/platform';
import { Caller, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { SubmissionNotFoundError } from '../application/documentation.errors';
import type { CaseDocumentsView, SubmissionView } from '../application/queries/case-documents.view';
import { GetCaseDocumentsQuery } from '../application/queries/get-case-documents.query';
import { ListDownloadsQuery, type DownloadView } from '../application/queries/list-downloads.query';
import { SubmitDocumentsCommand } from '../application/submit-documents/submit-documents.command';
import { DocumentationCommand, DocumentationView } from './shared/endpoint.decorators';
import { EXAMPLE } from './shared/examples';
import { CaseParams, SubmissionParams } from './shared/params.dto';
import { CASE_DOCUMENTS_EXAMPLE, DOWNLOADS_EXAMPLE, SUBMISSION_EXAMPLE } from './shared/view-examples';
import { SubmitAnswer, SubmitDocumentsRequest } from './submit-documents.request.dto';

/** A child's file as a whole, its submissions to the CWC and its download log; the catalogue of kinds. */
@Controller('documents')
export class CaseDocumentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('kinds')
  @DocumentationView({
    summary: 'The catalogue of document kinds, the key documents required before repatriation marked',
    example: { kinds: DOCUMENT_KINDS.slice(0, 2) },
    etag: false,
  })
  kinds(): { kinds: readonly DocumentKind[] } {
    return { kinds: DOCUMENT_KINDS };
  }

  @Get('cases/:caseId')
  @DocumentationView({
    summary: "A child's file: current documents, older scans, key documents still missing, submissions to the CWC",
    example: CASE_DOCUMENTS_EXAMPLE,
  })
  async file(@Param() { caseId }: CaseParams, @Res({ passthrough: true }) res: ServerResponse): Promise<CaseDocumentsView> {
    const { view, revision } = await this.queries.execute(new GetCaseDocumentsQuery(caseId));
    if (revision >= 0) revisionHeaders(res, revision);
    return view;
  }

  @Post('cases/:caseId/submissions')
  @DocumentationCommand({
    summary: "Record that a child's documents were submitted to the CWC",
    description: 'Without `documentIds`, every current document of the file; the key documents missing from the submission are recorded with it.',
    answer: { submissionId: EXAMPLE.submissionId, revision: 6 },
    location: 'the submission',
    problems: [400, 409, 422],
  })
  @ApiBody({ type: SubmitDocumentsRequest })
  async submit(
    @Param() { caseId }: CaseParams,
    @Body() body: SubmitDocumentsRequest,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<SubmitAnswer> {
    const outcome = await this.commands.execute(
      new SubmitDocumentsCommand(caseId, body.committee, body.district, body.documentIds, new Date(body.submittedAt), {
        ...caller,
        ...(body.jurisdiction === undefined ? {} : { jurisdiction: body.jurisdiction }),
      }),
    );
    revisionHeaders(res, outcome.revision, `/documents/cases/${caseId}/submissions/${outcome.submissionId}`);
    return outcome;
  }

  @Get('cases/:caseId/submissions/:submissionId')
  @DocumentationView({ summary: 'A submission of the documents to the CWC', example: SUBMISSION_EXAMPLE })
  async submission(@Param() { caseId, submissionId }: SubmissionParams, @Res({ passthrough: true }) res: ServerResponse): Promise<SubmissionView> {
    const { view, revision } = await this.queries.execute(new GetCaseDocumentsQuery(caseId));
    const submission = view.submissions.find((s) => s.submissionId === submissionId);
    if (submission === undefined) throw new SubmissionNotFoundError();
    revisionHeaders(res, revision);
    return submission;
  }

  @Get('cases/:caseId/downloads')
  @DocumentationView({ summary: "Every download of the child's scans: who, which, when", example: { downloads: DOWNLOADS_EXAMPLE }, etag: false })
  async downloads(@Param() { caseId }: CaseParams): Promise<{ downloads: readonly DownloadView[] }> {
    return { downloads: await this.queries.execute(new ListDownloadsQuery(caseId)) };
  }
}
