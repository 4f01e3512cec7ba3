import type { Clock } from '@setu/platform';

const IST_OFFSET_MS = 330 * 60_000;

/** `2026-04-20T16:25:00+05:30`: an instant as an Indian field worker writes it. */
export function inIst(instant: Date): string {
  return `${new Date(instant.getTime() + IST_OFFSET_MS).toISOString().slice(0, 19)}+05:30`;
}

/**
 * The journey's "now", injected into the app as its `Clock` and used for the times the journey
 * sends, so what the services stamp themselves (uploads, downloads, batch plans) and what the
 * field reports agree. It only moves forward, and never past the real now (the services refuse
 * field times in the future of the real clock).
 */
export class JourneyClock implements Clock {
  private current: number;

  constructor(start: string) {
    this.current = Date.parse(start);
    this.check(this.current);
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Now, as the journey sends it: ISO 8601 in IST. */
  stamp(): string {
    return inIst(this.now());
  }

  /** Now as the services answer it: ISO 8601 in UTC. */
  iso(): string {
    return this.now().toISOString();
  }

  /** Today's date in IST, `YYYY-MM-DD`. */
  today(): string {
    return this.stamp().slice(0, 10);
  }

  /** Moves to `time` (IST) on `date`; returns the new now as sent. */
  moveTo(date: string, time: string): string {
    return this.set(Date.parse(`${date}T${time}:00+05:30`));
  }

  /** Moves `minutes` on; returns the new now as sent. */
  tick(minutes: number): string {
    return this.set(this.current + minutes * 60_000);
  }

  /** Moves to the same day of the next month (IST) at `time`; returns the new now as sent. */
  nextMonth(time: string): string {
    const [year, month, day] = this.today().split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10); // month is 0-based: this is next month
    return this.moveTo(next, time);
  }

  private set(next: number): string {
    if (next < this.current) throw new Error(`the journey clock only moves forward: ${inIst(new Date(next))} is before ${this.stamp()}`);
    this.check(next);
    this.current = next;
    return this.stamp();
  }

  private check(instant: number): void {
    // Field times are checked against the real clock (`IsPastOrNow`): the journey must stay behind it.
    if (instant > Date.now()) throw new Error(`${inIst(new Date(instant))} is after the real now: the services would refuse it as a future time`);
  }
}
