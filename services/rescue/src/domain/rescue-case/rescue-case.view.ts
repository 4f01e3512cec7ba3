import type { ChildIdentified } from '@setu/contracts';
import type { RescueCaseEvent } from './rescue-case.events';

type Step<E extends RescueCaseEvent['type']> = Omit<Extract<RescueCaseEvent, { type: E }>['data'], 'caseId'>;

/** The rescue service's own record of a child: the identification and every post-rescue step, in order recorded. */
export type RescueCaseView = ChildIdentified['data'] & {
  readonly heldAt: readonly Step<'rescue.ChildHeld'>[];
  readonly counsellorVisits: readonly Step<'rescue.CounsellorAttended'>[];
  readonly medicalExaminations: readonly Step<'rescue.MedicalExaminationConducted'>[];
  readonly ageAssessments: readonly Step<'rescue.AgeAssessed'>[];
  readonly interpreters: readonly Step<'rescue.InterpreterProvided'>[];
  readonly cwcProductions: readonly Step<'rescue.ProducedBeforeCwc'>[];
  readonly cwcOrders: readonly Step<'rescue.CwcOrderIssued'>[];
};

type Lists = Omit<RescueCaseView, keyof ChildIdentified['data']>;

/** Folds a case's events into its view; undefined for a stream with no ChildIdentified. */
export function rescueCaseView(events: Iterable<RescueCaseEvent>): RescueCaseView | undefined {
  let view: RescueCaseView | undefined;
  for (const event of events) view = evolveView(view, event);
  return view;
}

function evolveView(view: RescueCaseView | undefined, event: RescueCaseEvent): RescueCaseView | undefined {
  if (event.type === 'rescue.ChildIdentified') {
    const lists: Lists = {
      heldAt: [],
      counsellorVisits: [],
      medicalExaminations: [],
      ageAssessments: [],
      interpreters: [],
      cwcProductions: [],
      cwcOrders: [],
    };
    return { ...event.data, ...lists };
  }
  if (view === undefined) return view;
  switch (event.type) {
    case 'rescue.ChildHeld':
      return { ...view, heldAt: [...view.heldAt, step(event.data)] };
    case 'rescue.CounsellorAttended':
      return { ...view, counsellorVisits: [...view.counsellorVisits, step(event.data)] };
    case 'rescue.MedicalExaminationConducted':
      return { ...view, medicalExaminations: [...view.medicalExaminations, step(event.data)] };
    case 'rescue.AgeAssessed':
      return { ...view, ageAssessments: [...view.ageAssessments, step(event.data)] };
    case 'rescue.InterpreterProvided':
      return { ...view, interpreters: [...view.interpreters, step(event.data)] };
    case 'rescue.ProducedBeforeCwc':
      return { ...view, cwcProductions: [...view.cwcProductions, step(event.data)] };
    case 'rescue.CwcOrderIssued':
      return { ...view, cwcOrders: [...view.cwcOrders, step(event.data)] };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** The view is of one case: its id is said once, at the top. */
function step<T extends { readonly caseId: string }>(data: T): Omit<T, 'caseId'> {
  const { caseId: _, ...rest } = data;
  return rest;
}
