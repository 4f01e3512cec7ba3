/** A child's care stream; the case is opened by the rescue service on `rescue-<caseId>`. */
export const careStreamId = (caseId: string): string => `care-${caseId}`;
