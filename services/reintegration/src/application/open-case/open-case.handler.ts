import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertKnownCodes, recordOnStream, STREAM_WRITER, type CaseReferenceSequence, type StreamWriter } from '@setu/service-kit';
import { caseReference, caseStreamId, referenceYear, reintegrationCaseDecider, type OpenCase } from '../../domain';
import { CASE_REFERENCE_SEQUENCE } from '../../reintegration.di-tokens';
import { openingDistricts } from '../district-codes';
import { caseFactJurisdiction } from '../jurisdiction';
import { OpenCaseCommand, type OpenedCase } from './open-case.command';

@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler implements ICommandHandler<OpenCaseCommand> {
  constructor(
    @Inject(STREAM_WRITER) private readonly writer: StreamWriter,
    @Inject(CASE_REFERENCE_SEQUENCE) private readonly sequence: CaseReferenceSequence,
  ) {}

  async execute({ caller, identifiedAt, child }: OpenCaseCommand): Promise<OpenedCase> {
    // An unknown district is refused before a reference number is taken for it.
    assertKnownCodes(openingDistricts(child));
    const caseId = this.writer.ids.newId();
    const district = child.home.districtCode;
    const year = referenceYear(identifiedAt);
    const reference = caseReference(district, year, await this.sequence.next(district, year));
    const command: OpenCase = { type: 'OpenCase', occurredAt: identifiedAt, data: { caseId, reference, ...child } };
    const result = await recordOnStream(this.writer, reintegrationCaseDecider, caseStreamId(caseId), command, caller, {
      jurisdiction: caseFactJurisdiction(caller.principal, command),
      expectedRevision: 'no_stream',
    });
    return { caseId, reference, revision: result.nextExpectedRevision };
  }
}
