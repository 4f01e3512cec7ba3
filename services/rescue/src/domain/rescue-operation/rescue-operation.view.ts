import type { EvidenceKind, OperationOpened } from '@setu/contracts';
import { EVIDENCE_KINDS } from '@setu/contracts';
import type { RescueOperationEvent } from './rescue-operation.events';

type Data<E extends RescueOperationEvent['type']> = Extract<RescueOperationEvent, { type: E }>['data'];
type WithoutOperation<T> = Omit<T, 'operationId'>;

/** The rescue service's own record of an operation, everything recorded on its stream. */
export type RescueOperationView = OperationOpened['data'] & {
  readonly status: 'open' | 'closed';
  readonly personsFound: readonly WithoutOperation<Data<'rescue.PersonFoundAtScene'>>[];
  readonly evidence: readonly WithoutOperation<Data<'rescue.EvidenceCollected'>>[];
  /** For each item of the checklist, whether any evidence of that kind was collected. */
  readonly evidenceChecklist: Readonly<Record<EvidenceKind, boolean>>;
  /** The latest record about sealing; null while none was made. */
  readonly premises:
    | ({ readonly sealed: true } & WithoutOperation<Data<'rescue.PremisesSealed'>>)
    | ({ readonly sealed: false } & WithoutOperation<Data<'rescue.PremisesLeftUnsealed'>>)
    | null;
  readonly children: readonly WithoutOperation<Data<'rescue.ChildIdentifiedInOperation'>>[];
  readonly closedAt: string | null;
  readonly childrenIdentifiedAtClose: number | null;
};

/** Folds an operation's events into its view; undefined for a stream with no OperationOpened. */
export function rescueOperationView(events: Iterable<RescueOperationEvent>): RescueOperationView | undefined {
  let view: RescueOperationView | undefined;
  for (const event of events) view = evolveView(view, event);
  return view;
}

function evolveView(view: RescueOperationView | undefined, event: RescueOperationEvent): RescueOperationView | undefined {
  if (event.type === 'rescue.OperationOpened') {
    const none = Object.fromEntries(EVIDENCE_KINDS.map((kind) => [kind, false])) as Record<EvidenceKind, boolean>;
    return {
      ...event.data,
      status: 'open',
      personsFound: [],
      evidence: [],
      evidenceChecklist: none,
      premises: null,
      children: [],
      closedAt: null,
      childrenIdentifiedAtClose: null,
    };
  }
  if (view === undefined) return view;
  switch (event.type) {
    case 'rescue.PersonFoundAtScene':
      return { ...view, personsFound: [...view.personsFound, own(event.data)] };
    case 'rescue.EvidenceCollected': {
      const checklist = { ...view.evidenceChecklist };
      for (const item of event.data.items) checklist[item.kind] = true;
      return { ...view, evidence: [...view.evidence, own(event.data)], evidenceChecklist: checklist };
    }
    case 'rescue.PremisesSealed':
      return { ...view, premises: { sealed: true, ...own(event.data) } };
    case 'rescue.PremisesLeftUnsealed':
      return { ...view, premises: { sealed: false, ...own(event.data) } };
    case 'rescue.ChildIdentifiedInOperation':
      return { ...view, children: [...view.children, own(event.data)] };
    case 'rescue.OperationClosed':
      return { ...view, status: 'closed', closedAt: event.data.closedAt, childrenIdentifiedAtClose: event.data.childrenIdentified };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** The view is of one operation: its id is said once, at the top. */
function own<T extends { readonly operationId: string }>(data: T): WithoutOperation<T> {
  const { operationId: _, ...rest } = data;
  return rest;
}
