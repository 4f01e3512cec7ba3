import { canonical } from '../shared/same-fact';
import type { RepatriationBatchEvent } from './repatriation-batch.events';
import type { RepatriationBatchState } from './repatriation-batch.state';

export function evolveRepatriationBatch(state: RepatriationBatchState, event: RepatriationBatchEvent): RepatriationBatchState {
  if (event.type === 'reintegration.BatchPlanned') {
    const children = Object.fromEntries(event.data.caseIds.map((caseId) => [caseId, { handedOverAt: null, handover: null }]));
    return { status: 'planned', batchId: event.data.batchId, children, departedAt: null, arrivedAt: null };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'reintegration.ChildAddedToBatch':
      return { ...state, children: { ...state.children, [event.data.caseId]: { handedOverAt: null, handover: null } } };
    case 'reintegration.ChildRemovedFromBatch': {
      const { [event.data.caseId]: _removed, ...children } = state.children;
      return { ...state, children };
    }
    case 'reintegration.ChildHandedOver':
      return { ...state, children: { ...state.children, [event.data.caseId]: { handedOverAt: event.data.handedOverAt, handover: canonical(event.data) } } };
    case 'reintegration.BatchDeparted':
      return state.status === 'arrived'
        ? { ...state, departedAt: event.data.departedAt }
        : { ...state, status: 'departed', departedAt: event.data.departedAt, arrivedAt: null };
    case 'reintegration.BatchArrived':
      return { ...state, status: 'arrived', arrivedAt: event.data.arrivedAt };
    case 'reintegration.BatchDepartureRescheduled':
      return state;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
