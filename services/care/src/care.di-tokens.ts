/** The `RescueCases` port: whether the rescue service opened a case. */
export const RESCUE_CASES = Symbol('care:rescue-cases');
