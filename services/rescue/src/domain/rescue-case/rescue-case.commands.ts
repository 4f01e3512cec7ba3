import type {
  AgeAssessed,
  ChildHeld,
  ChildIdentified,
  CounsellorAttended,
  CwcOrderIssued,
  InterpreterProvided,
  MedicalExaminationConducted,
  ProducedBeforeCwc,
} from '@setu/contracts';
import type { Command } from '@setu/decider';

// A command's `occurredAt` is when the step happened (for ChildHeld: when the child was brought
// there), not when it was recorded: steps are often entered days later from paper.

type StepData<E extends { readonly data: object }, Own extends string> = Omit<E['data'], 'caseId' | Own>;

export type IdentifyChild = Command<
  'IdentifyChild',
  Omit<ChildIdentified['data'], 'identifiedAt' | 'rescuedAt'> & { readonly rescuedAt: Date }
>;

export type RecordChildHeld = Command<'RecordChildHeld', StepData<ChildHeld, 'from' | 'to'> & { readonly to?: Date }>;
export type RecordCounsellorAttended = Command<'RecordCounsellorAttended', StepData<CounsellorAttended, 'attendedAt'>>;
export type RecordMedicalExamination = Command<'RecordMedicalExamination', StepData<MedicalExaminationConducted, 'examinedAt'>>;
export type RecordAgeAssessment = Command<'RecordAgeAssessment', StepData<AgeAssessed, 'assessedAt'>>;
export type RecordInterpreterProvided = Command<'RecordInterpreterProvided', StepData<InterpreterProvided, 'providedAt'>>;
export type RecordProductionBeforeCwc = Command<'RecordProductionBeforeCwc', StepData<ProducedBeforeCwc, 'producedAt'>>;
export type RecordCwcOrder = Command<'RecordCwcOrder', StepData<CwcOrderIssued, 'orderedAt'>>;

/** The post-rescue steps of one child. */
export type RescueCaseStep =
  | RecordChildHeld
  | RecordCounsellorAttended
  | RecordMedicalExamination
  | RecordAgeAssessment
  | RecordInterpreterProvided
  | RecordProductionBeforeCwc
  | RecordCwcOrder;

export type RescueCaseCommand = IdentifyChild | RescueCaseStep;
