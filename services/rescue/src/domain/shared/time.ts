/** Event data holds times as ISO 8601 strings (JSON); commands hold Dates. */
export function iso(time: Date): string {
  return time.toISOString();
}

export function isBefore(time: Date | string, other: Date | string): boolean {
  return instant(time) < instant(other);
}

function instant(time: Date | string): number {
  return typeof time === 'string' ? Date.parse(time) : time.getTime();
}
