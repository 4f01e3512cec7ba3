/** The `CaseDirectory`: whether a child's case exists, when and in which state it was opened, learned from the event log. */
export const CASE_DIRECTORY = Symbol('legal:case-directory');
