/** The `CaseDirectory`: whether a child's case exists, learned from the event log. */
export const CASE_DIRECTORY = Symbol('legal:case-directory');
