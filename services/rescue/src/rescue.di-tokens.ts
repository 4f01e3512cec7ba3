/** The `CaseReferenceSequence`: numbers the human references of new cases. */
export const CASE_REFERENCE_SEQUENCE = Symbol('rescue:case-reference-sequence');
