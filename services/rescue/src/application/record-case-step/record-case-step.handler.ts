import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { caseStreamId, rescueCaseDecider, type RescueCaseStep } from '../../domain';
import type { StreamOutcome } from '../shared/command-request';
import { decideOnStream } from '../shared/decide-on-stream';
import { caseJurisdiction } from '../shared/jurisdiction';
import { assertKnownCodes, type CodeRef } from '../shared/reference-codes';
import { RecordCaseStepCommand } from './record-case-step.command';

@CommandHandler(RecordCaseStepCommand)
export class RecordCaseStepHandler implements ICommandHandler<RecordCaseStepCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ request, caseId, step }: RecordCaseStepCommand): Promise<StreamOutcome> {
    assertKnownCodes(codesOf(step));
    const ports = { store: this.store, ids: this.ids };
    const result = await decideOnStream(ports, rescueCaseDecider, caseStreamId(caseId), step, request, caseJurisdiction);
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
