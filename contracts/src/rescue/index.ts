import { AgeAssessed } from './age-assessed.event';
import { ChildHeld } from './child-held.event';
import { ChildIdentifiedInOperation } from './child-identified-in-operation.event';
import { ChildIdentified } from './child-identified.event';
import { CounsellorAttended } from './counsellor-attended.event';
import { CwcOrderIssued } from './cwc-order-issued.event';
import { EvidenceCollected } from './evidence-collected.event';
import { InterpreterProvided } from './interpreter-provided.event';
import { MedicalExaminationConducted } from './medical-examination-conducted.event';
import { OperationClosed } from './operation-closed.event';
import { OperationOpened } from './operation-opened.event';
import { PersonFoundAtScene } from './person-found-at-scene.event';
import { PremisesLeftUnsealed } from './premises-left-unsealed.event';
import { PremisesSealed } from './premises-sealed.event';
import { ProducedBeforeCwc } from './produced-before-cwc.event';

export * from './rescue.vocabulary';
export {
  AgeAssessed,
  ChildHeld,
  ChildIdentified,
  ChildIdentifiedInOperation,
  CounsellorAttended,
  CwcOrderIssued,
  EvidenceCollected,
  InterpreterProvided,
  MedicalExaminationConducted,
  OperationClosed,
  OperationOpened,
  PersonFoundAtScene,
  PremisesLeftUnsealed,
  PremisesSealed,
  ProducedBeforeCwc,
};

/** The events of a rescue operation's stream, `rescueop-<operationId>`. */
export const RESCUE_OPERATION_EVENTS = [
  OperationOpened,
  PersonFoundAtScene,
  EvidenceCollected,
  PremisesSealed,
  PremisesLeftUnsealed,
  ChildIdentifiedInOperation,
  OperationClosed,
] as const;

/** The events of a child's rescue case stream, `rescue-<caseId>`. */
export const RESCUE_CASE_EVENTS = [
  ChildIdentified,
  ChildHeld,
  CounsellorAttended,
  MedicalExaminationConducted,
  AgeAssessed,
  InterpreterProvided,
  ProducedBeforeCwc,
  CwcOrderIssued,
] as const;

/** Every event type the rescue service writes. */
export const RESCUE_EVENTS = [...RESCUE_OPERATION_EVENTS, ...RESCUE_CASE_EVENTS] as const;
