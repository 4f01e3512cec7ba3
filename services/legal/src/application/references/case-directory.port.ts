import type { Jurisdiction } from '@setu/contracts';

/** How a child's case was opened, as far as legal needs it. */
export interface CaseOpening {
  /**
   * When the case was opened: the `occurredAt` of `rescue.ChildIdentified` (the child identified
   * at the rescue) or of `reintegration.CaseOpened` (a child who came home with no record, first
   * met by the reintegration side). No fact of the child's legal record may be dated before it.
   */
  readonly openedAt: string;
  /** The state the opening was recorded under (its event's jurisdiction): the child's legal record belongs to it. */
  readonly state: Jurisdiction;
  /** The state of the child's home, when known. */
  readonly homeState?: Jurisdiction;
}

/** Child cases opened by the service that met the child (rescue or reintegration), learned from the event log. */
export interface CaseDirectory {
  exists(caseId: string): Promise<boolean>;
  /** The case's opening; undefined when no such case was opened. */
  opening(caseId: string): Promise<CaseOpening | undefined>;
}
