/** An instant as event data stores it: `2026-03-02T04:30:00.000Z`, whatever offset it came with. */
export function utc(time: string): string;
export function utc(time: string | undefined): string | undefined;
export function utc(time: string | undefined): string | undefined {
  return time === undefined ? undefined : new Date(time).toISOString();
}

/** A reported time as commands take it (`occurredAt`). */
export function toDate(time: string): Date;
export function toDate(time: string | undefined): Date | undefined;
export function toDate(time: string | undefined): Date | undefined {
  return time === undefined ? undefined : new Date(time);
}

/**
 * A validated DTO as plain data: event data must survive a JSON round trip, which class
 * instances (nested DTOs) do not; absent optional fields disappear.
 */
export function plain<T extends object>(dto: T): T {
  return JSON.parse(JSON.stringify(dto)) as T;
}

/** Drops the keys whose value is undefined, so fields absent from a request stay absent from the event. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
