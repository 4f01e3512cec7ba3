import { isBefore } from '../shared/time';
import type { RescueCaseEvent } from './rescue-case.events';
import type { RescueCaseState } from './rescue-case.state';

export function evolveRescueCase(state: RescueCaseState, event: RescueCaseEvent): RescueCaseState {
  switch (event.type) {
    case 'rescue.ChildIdentified': {
      const { caseId, reference, rescueState, rescuedAt } = event.data;
      return { status: 'identified', caseId, reference, rescueState, rescuedAt, firstProducedAt: null };
    }
    case 'rescue.ProducedBeforeCwc': {
      if (state.status === 'none') return state;
      const { producedAt } = event.data;
      const first = state.firstProducedAt === null || isBefore(producedAt, state.firstProducedAt) ? producedAt : state.firstProducedAt;
      return { ...state, firstProducedAt: first };
    }
    case 'rescue.ChildHeld':
    case 'rescue.CounsellorAttended':
    case 'rescue.MedicalExaminationConducted':
    case 'rescue.AgeAssessed':
    case 'rescue.InterpreterProvided':
    case 'rescue.CwcOrderIssued':
      return state;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
