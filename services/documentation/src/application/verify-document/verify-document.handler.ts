import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { recordOnStream, STREAM_WRITER, type CommandOutcome, type StreamWriter } from '@setu/service-kit';
import { documentsDecider } from '../../domain';
import { documentsStream } from '../shared/documentation-streams';
import { jurisdictionOfDistrict } from '../shared/jurisdiction-of-district';
import { VerifyDocumentCommand } from './verify-document.command';

@CommandHandler(VerifyDocumentCommand)
export class VerifyDocumentHandler implements ICommandHandler<VerifyDocumentCommand> {
  constructor(@Inject(STREAM_WRITER) private readonly writer: StreamWriter) {}

  async execute({ caseId, documentId, committee, district, outcome, at, caller }: VerifyDocumentCommand): Promise<CommandOutcome> {
    const result = await recordOnStream(
      this.writer,
      documentsDecider,
      documentsStream(caseId),
      { type: 'VerifyDocument', data: { caseId, documentId, committee, district, outcome }, occurredAt: at },
      caller,
      { jurisdiction: jurisdictionOfDistrict(caller, district) },
    );
    return { revision: result.nextExpectedRevision };
  }
}
