import { stepBeforeRescue } from '../shared/step-before-rescue.rejection';
import { isBefore, iso } from '../shared/time';
import type { IdentifyChild, RecordAgeAssessment, RecordChildHeld, RecordCwcOrder, RescueCaseCommand } from './rescue-case.commands';
import type { RescueCaseEvent } from './rescue-case.events';
import { ageOutsideRange, caseAlreadyOpened, caseNotFound, heldUntilBeforeFrom, orderBeforeProduction } from './rescue-case.rejections';
import type { RescueCaseState } from './rescue-case.state';

type Identified = Extract<RescueCaseState, { status: 'identified' }>;

// Late and out-of-order steps are facts for the gap reports, never errors: only a step dated
// before the rescue, or one that contradicts itself, is refused.
export function decideRescueCase(command: RescueCaseCommand, state: RescueCaseState): RescueCaseEvent[] {
  switch (command.type) {
    case 'IdentifyChild':
      return identify(command, state);
    case 'RecordChildHeld':
      return held(command, state);
    case 'RecordCounsellorAttended': {
      const { caseId } = afterRescue(state, command.occurredAt, 'attendedAt');
      return [{ type: 'rescue.CounsellorAttended', data: { caseId, attendedAt: iso(command.occurredAt), ...command.data } }];
    }
    case 'RecordMedicalExamination': {
      const { caseId } = afterRescue(state, command.occurredAt, 'examinedAt');
      return [{ type: 'rescue.MedicalExaminationConducted', data: { caseId, examinedAt: iso(command.occurredAt), ...command.data } }];
    }
    case 'RecordAgeAssessment':
      return ageAssessment(command, state);
    case 'RecordInterpreterProvided': {
      const { caseId } = afterRescue(state, command.occurredAt, 'providedAt');
      return [{ type: 'rescue.InterpreterProvided', data: { caseId, providedAt: iso(command.occurredAt), ...command.data } }];
    }
    case 'RecordProductionBeforeCwc': {
      const { caseId } = afterRescue(state, command.occurredAt, 'producedAt');
      return [{ type: 'rescue.ProducedBeforeCwc', data: { caseId, producedAt: iso(command.occurredAt), ...command.data } }];
    }
    case 'RecordCwcOrder':
      return cwcOrder(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

function identify(command: IdentifyChild, state: RescueCaseState): RescueCaseEvent[] {
  if (state.status !== 'none') throw caseAlreadyOpened();
  const rescuedAt = iso(command.data.rescuedAt);
  if (isBefore(command.occurredAt, rescuedAt)) throw stepBeforeRescue('identifiedAt', rescuedAt);
  return [{ type: 'rescue.ChildIdentified', data: { ...command.data, rescuedAt, identifiedAt: iso(command.occurredAt) } }];
}

function held(command: RecordChildHeld, state: RescueCaseState): RescueCaseEvent[] {
  const { caseId } = afterRescue(state, command.occurredAt, 'from');
  const { to, ...data } = command.data;
  if (to !== undefined && isBefore(to, command.occurredAt)) throw heldUntilBeforeFrom();
  return [{ type: 'rescue.ChildHeld', data: { caseId, ...data, from: iso(command.occurredAt), to: to && iso(to) } }];
}

function ageAssessment(command: RecordAgeAssessment, state: RescueCaseState): RescueCaseEvent[] {
  const { caseId } = afterRescue(state, command.occurredAt, 'assessedAt');
  const { years, rangeFrom = years, rangeTo = years } = command.data;
  if (!(rangeFrom <= years && years <= rangeTo)) {
    const given = (['rangeFrom', 'rangeTo'] as const).filter((field) => command.data[field] !== undefined);
    throw ageOutsideRange(given);
  }
  return [{ type: 'rescue.AgeAssessed', data: { caseId, assessedAt: iso(command.occurredAt), ...command.data } }];
}

function cwcOrder(command: RecordCwcOrder, state: RescueCaseState): RescueCaseEvent[] {
  const { caseId, firstProducedAt } = afterRescue(state, command.occurredAt, 'orderedAt');
  if (firstProducedAt !== null && isBefore(command.occurredAt, firstProducedAt)) throw orderBeforeProduction(firstProducedAt);
  return [{ type: 'rescue.CwcOrderIssued', data: { caseId, orderedAt: iso(command.occurredAt), ...command.data } }];
}

function afterRescue(state: RescueCaseState, at: Date, field: string): Identified {
  if (state.status === 'none') throw caseNotFound();
  if (isBefore(at, state.rescuedAt)) throw stepBeforeRescue(field, state.rescuedAt);
  return state;
}
