import type { RepatriationBatchEvent } from './repatriation-batch.events';
import { updateWhere, without } from '../shared/view-lists';

type Data<T extends RepatriationBatchEvent['type']> = Extract<RepatriationBatchEvent, { type: T }>['data'];

export interface BatchChildView {
  readonly caseId: string;
  /** When the child joined the batch: its planning, or a later addition. */
  readonly addedAt: string;
  readonly handover: Omit<Data<'reintegration.ChildHandedOver'>, 'batchId' | 'caseId'> | null;
}

/** A repatriation batch: its plan, its journey, and each child on it with their handover. */
export type RepatriationBatchView = Omit<Data<'reintegration.BatchPlanned'>, 'caseIds'> & {
  readonly status: 'planned' | 'departed' | 'arrived';
  readonly reschedules: readonly Omit<Data<'reintegration.BatchDepartureRescheduled'>, 'batchId'>[];
  readonly departedAt: string | null;
  readonly arrival: Omit<Data<'reintegration.BatchArrived'>, 'batchId'> | null;
  /** The children on the batch now. */
  readonly children: readonly BatchChildView[];
  /** The children taken off it, in the order recorded. */
  readonly removals: readonly Omit<Data<'reintegration.ChildRemovedFromBatch'>, 'batchId'>[];
};

/** Folds a batch's events into its view; undefined for a stream with no BatchPlanned. */
export function repatriationBatchView(events: Iterable<RepatriationBatchEvent>): RepatriationBatchView | undefined {
  let view: RepatriationBatchView | undefined;
  for (const event of events) view = evolveView(view, event);
  return view;
}

function evolveView(view: RepatriationBatchView | undefined, event: RepatriationBatchEvent): RepatriationBatchView | undefined {
  if (event.type === 'reintegration.BatchPlanned') {
    const { caseIds, ...plan } = event.data;
    const children = caseIds.map((caseId) => ({ caseId, addedAt: plan.plannedAt, handover: null }));
    return { ...plan, status: 'planned', reschedules: [], departedAt: null, arrival: null, children, removals: [] };
  }
  if (view === undefined) return view;
  switch (event.type) {
    case 'reintegration.ChildAddedToBatch':
      return { ...view, children: [...view.children, { caseId: event.data.caseId, addedAt: event.data.addedAt, handover: null }] };
    case 'reintegration.ChildRemovedFromBatch':
      return {
        ...view,
        children: view.children.filter((child) => child.caseId !== event.data.caseId),
        removals: [...view.removals, without(event.data, 'batchId')],
      };
    case 'reintegration.BatchDepartureRescheduled':
      return { ...view, plannedDepartureAt: event.data.plannedDepartureAt, reschedules: [...view.reschedules, without(event.data, 'batchId')] };
    case 'reintegration.BatchDeparted':
      return { ...view, status: view.status === 'arrived' ? 'arrived' : 'departed', departedAt: event.data.departedAt };
    case 'reintegration.BatchArrived':
      return { ...view, status: 'arrived', arrival: without(event.data, 'batchId') };
    case 'reintegration.ChildHandedOver': {
      const handover = without(event.data, 'batchId', 'caseId');
      return { ...view, children: updateWhere(view.children, 'caseId', event.data.caseId, (child) => ({ ...child, handover })) };
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
