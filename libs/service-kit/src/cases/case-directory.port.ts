import type { Jurisdiction } from '@setu/contracts';

/** A child's case as its opening recorded it. */
export interface CaseOpening {
  readonly exists: true;
  /**
   * When the case was opened: the `occurredAt` of `rescue.ChildIdentified`, or of
   * `reintegration.CaseOpened` for a child who came home with no record (ISO 8601, UTC).
   */
  readonly openedAt: string;
  /** The state the opening was recorded under (its event's jurisdiction). */
  readonly state: Jurisdiction;
  /** The state of the child's home, when the opening says it (or its district does). */
  readonly homeState?: Jurisdiction;
}

/** What the event log says of a child's case: opened (and how), or never opened. */
export type CaseLookup = CaseOpening | { readonly exists: false };

/**
 * Whether a child's case was opened by the service that met the child: rescue (`rescue-<id>`)
 * or, for a child who came home with no record, reintegration (`reintegration-<id>`).
 * Services never call each other: this is answered from the event log.
 */
export interface CaseDirectory {
  find(caseId: string): Promise<CaseLookup>;
}

/** The service's `CaseDirectory`. */
export const CASE_DIRECTORY = Symbol('service-kit:case-directory');
