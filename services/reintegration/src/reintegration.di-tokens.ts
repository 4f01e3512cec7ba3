/** CaseReferenceSequence: the numbers of the human references of cases opened here. */
export const CASE_REFERENCE_SEQUENCE = Symbol('reintegration:case-reference-sequence');
