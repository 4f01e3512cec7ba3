/**
 * A `CaseDirectory` of the cases the rescue service opened (`rescue.ChildIdentified`) only: their
 * opening is the child's rescue, before which no fact of the child's legal record may be dated.
 */
export const RESCUED_CASES = Symbol('legal:rescued-cases');
