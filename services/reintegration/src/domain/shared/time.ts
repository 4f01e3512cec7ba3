/** Event data holds times as ISO 8601 strings (JSON); commands hold Dates. */
export function iso(time: Date): string {
  return time.toISOString();
}

/** Whether `time` is at or after `other`; both are ISO 8601 strings of event data. */
export function isAtOrAfter(time: string, other: string): boolean {
  return Date.parse(time) >= Date.parse(other);
}

/** Two times given as ISO 8601 strings name the same instant. */
export function sameInstant(time: string, other: string): boolean {
  return Date.parse(time) === Date.parse(other);
}
