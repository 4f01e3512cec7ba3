/** What a command answers: the case, the id of the fact recorded (if it has one), the next ETag. */
export interface FactOutcome {
  readonly caseId: string;
  readonly id?: string;
  readonly revision: number;
}

export const CARE_SOURCE = 'setu.care';

/** Care is the shelter homes of Rajasthan: every fact belongs to RJ, which the token must cover. */
export const CARE_JURISDICTION = 'RJ';
