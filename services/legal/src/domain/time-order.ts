/** A fact dated and the request field it came from (`heldAt`), to check it against a bound. */
export interface DatedFact {
  readonly field: string;
  readonly at: string;
}

/** Whether `time` is strictly earlier than `bound` (both ISO 8601; equal is not before). */
export function isBefore(time: string, bound: string): boolean {
  return Date.parse(time) < Date.parse(bound);
}
