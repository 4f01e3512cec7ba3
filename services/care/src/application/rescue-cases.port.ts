/**
 * Whether the rescue service opened a case. Care records facts only for a child the rescue
 * service knows; services never call each other, so this is answered from the event log.
 */
export interface RescueCases {
  exists(caseId: string): Promise<boolean>;
}
