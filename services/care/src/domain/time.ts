/** Event data holds times as ISO 8601 strings (JSON); commands from the edge carry the same strings. */
export function isBefore(time: string, other: string): boolean {
  return Date.parse(time) < Date.parse(other);
}

/** The earliest of some ISO times, or undefined for none. */
export function earliest(times: readonly string[]): string | undefined {
  return times.reduce<string | undefined>((min, t) => (min === undefined || isBefore(t, min) ? t : min), undefined);
}
