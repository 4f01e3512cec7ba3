import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { jurisdictionOf } from '@setu/access';
import { CASE_DIRECTORY, recordOnStream, STREAM_WRITER, type CaseDirectory, type StreamWriter } from '@setu/service-kit';
import { careDecider, careStreamId } from '../../domain';
import { CARE_JURISDICTION, type FactOutcome } from '../shared/care-source';
import { assertKnownDistricts } from '../shared/district-codes';
import { caseUnknown } from '../shared/rejections';
import { RecordCareFactCommand } from './record-care-fact.command';

@CommandHandler(RecordCareFactCommand)
export class RecordCareFactHandler implements ICommandHandler<RecordCareFactCommand> {
  constructor(
    @Inject(STREAM_WRITER) private readonly writer: StreamWriter,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  async execute({ request, fact, factId }: RecordCareFactCommand): Promise<FactOutcome> {
    // The token's state first: a caller outside Rajasthan learns nothing of which cases exist.
    jurisdictionOf(request.principal, CARE_JURISDICTION);
    assertKnownDistricts(fact);
    const { caseId } = fact.data;
    if (!(await this.cases.find(caseId)).exists) throw caseUnknown();
    const result = await recordOnStream(this.writer, careDecider, careStreamId(caseId), fact, request, { jurisdiction: CARE_JURISDICTION });
    return { caseId, ...(factId === undefined ? {} : { id: factId }), revision: result.nextExpectedRevision };
  }
}
