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

export type RescueCaseEvent =
  | ChildIdentified
  | ChildHeld
  | CounsellorAttended
  | MedicalExaminationConducted
  | AgeAssessed
  | InterpreterProvided
  | ProducedBeforeCwc
  | CwcOrderIssued;

export const caseStreamId = (caseId: string): string => `rescue-${caseId}`;
