/** Whether a child's case was opened by the service that met the child (rescue or reintegration). */
export interface CaseDirectory {
  exists(caseId: string): Promise<boolean>;
}

/** The next number of a human case reference for a district and year; never the same twice. */
export interface CaseReferenceSequence {
  next(districtCode: string, year: number): Promise<number>;
}
