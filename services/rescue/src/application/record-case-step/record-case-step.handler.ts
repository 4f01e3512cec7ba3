import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertKnownCodes, STREAM_WRITER, type CodeRef, type StreamWriter } from '@setu/service-kit';
import { caseStreamId, rescueCaseDecider, type RescueCaseStep } from '../../domain';
import { decideOnStream } from '../shared/decide-on-stream';
import { caseJurisdiction } from '../shared/jurisdiction';
import type { StreamOutcome } from '../shared/stream-outcome';
import { RecordCaseStepCommand } from './record-case-step.command';

@CommandHandler(RecordCaseStepCommand)
export class RecordCaseStepHandler implements ICommandHandler<RecordCaseStepCommand> {
  constructor(@Inject(STREAM_WRITER) private readonly writer: StreamWriter) {}

  async execute({ request, caseId, step }: RecordCaseStepCommand): Promise<StreamOutcome> {
    assertKnownCodes(codesOf(step));
    const result = await decideOnStream(this.writer, rescueCaseDecider, caseStreamId(caseId), step, request, caseJurisdiction);
    return { id: caseId, revision: result.nextExpectedRevision };
  }
}

function codesOf(step: RescueCaseStep): CodeRef[] {
  switch (step.type) {
    case 'RecordProductionBeforeCwc':
      return [{ kind: 'district', field: 'cwcDistrictCode', code: step.data.cwcDistrictCode }];
    case 'RecordCwcOrder':
      return [
        { kind: 'district', field: 'cwcDistrictCode', code: step.data.cwcDistrictCode },
        { kind: 'district', field: 'shelterHome.districtCode', code: step.data.shelterHome?.districtCode },
      ];
    case 'RecordChildHeld':
    case 'RecordCounsellorAttended':
    case 'RecordMedicalExamination':
    case 'RecordAgeAssessment':
    case 'RecordInterpreterProvided':
      return [];
    default: {
      const unknown: never = step;
      return unknown;
    }
  }
}
