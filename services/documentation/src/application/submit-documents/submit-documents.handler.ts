import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { recordOnStream, STREAM_WRITER, type StreamWriter } from '@setu/service-kit';
import { documentsDecider } from '../../domain';
import { documentsStream } from '../shared/documentation-streams';
import { jurisdictionOfDistrict } from '../shared/jurisdiction-of-district';
import { SubmitDocumentsCommand, type SubmissionOutcome } from './submit-documents.command';

@CommandHandler(SubmitDocumentsCommand)
export class SubmitDocumentsHandler implements ICommandHandler<SubmitDocumentsCommand> {
  constructor(@Inject(STREAM_WRITER) private readonly writer: StreamWriter) {}

  async execute({ caseId, committee, district, documentIds, at, caller }: SubmitDocumentsCommand): Promise<SubmissionOutcome> {
    const submissionId = this.writer.ids.newId();
    const result = await recordOnStream(
      this.writer,
      documentsDecider,
      documentsStream(caseId),
      {
        type: 'SubmitDocumentsToCwc',
        data: { caseId, submissionId, committee, district, ...(documentIds === undefined ? {} : { documentIds }) },
        occurredAt: at,
      },
      caller,
      { jurisdiction: jurisdictionOfDistrict(caller, district) },
    );
    return { submissionId, revision: result.nextExpectedRevision };
  }
}
