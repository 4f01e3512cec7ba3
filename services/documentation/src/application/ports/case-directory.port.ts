/** Whether a child's case was opened by the service that met the child (rescue, or reintegration). */
export interface CaseDirectory {
  exists(caseId: string): Promise<boolean>;
}
