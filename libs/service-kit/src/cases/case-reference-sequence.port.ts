/**
 * Hands out the sequence numbers of human case references, per district and year. Unique; a
 * number taken by a request that then fails is never handed out again (gaps are fine, reuse is not).
 */
export interface CaseReferenceSequence {
  next(districtCode: string, year: number): Promise<number>;
}
