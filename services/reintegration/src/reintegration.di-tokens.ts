/** CaseDirectory: whether a case was opened by rescue or reintegration. */
export const CASE_DIRECTORY = Symbol('reintegration:case-directory');
/** CaseReferenceSequence: the numbers of the human references of cases opened here. */
export const CASE_REFERENCE_SEQUENCE = Symbol('reintegration:case-reference-sequence');
