import type { LogPosition } from './event';
import type { EventHandler, EventStore, ReadAllFilter, ReadAllResult, SubscribeOptions, Subscription } from './event-store.port';

/** Something that tells readers the log may have grown: a NOTIFY channel, an in-process counter. */
export interface ChangeSignal {
  /** Grows on every possible change. */
  readonly version: number;
  /** Resolves true when `version` moves past `seen`, false after `timeoutMs`. */
  wait(seen: number, timeoutMs: number, abort: AbortSignal): Promise<boolean>;
}

export interface CatchUpOptions extends SubscribeOptions {
  /** Fallback poll when no signal arrives (a transaction outside the store can hold back visibility). */
  readonly pollIntervalMs?: number;
}

const FIRST_RETRY_MS = 2;

/**
 * Catch-up then live, on top of `readAll`: every adapter gets the same delivery guarantees.
 * The next batch is fetched while the handler works on the current one.
 */
export class CatchUpSubscription implements Subscription {
  readonly done: Promise<void>;
  private current: LogPosition;
  private readonly abort = new AbortController();

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly signal: ChangeSignal,
    after: LogPosition,
    private readonly handler: EventHandler,
    private readonly options: CatchUpOptions = {},
  ) {
    this.current = after;
    this.done = this.run();
  }

  get position(): LogPosition {
    return this.current;
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 1000;
    const pollMs = this.options.pollIntervalMs ?? 1000;
    const filter: ReadAllFilter = { categories: this.options.categories, types: this.options.types, limit: batchSize };
    let retryMs = 0;
    let woke = false;
    let seen = this.signal.version;
    const read = (from: LogPosition): Promise<ReadAllResult> => {
      const pending = this.store.readAll(from, filter);
      pending.catch(() => undefined); // a prefetch abandoned by stop() must not surface as unhandled
      return pending;
    };
    let next = read(this.current);
    while (!this.abort.signal.aborted) {
      const result = await next;
      const full = result.events.length === batchSize;
      const changed = this.signal.version !== seen;
      seen = this.signal.version;
      if (full || changed) next = read(result.position);
      for (const event of result.events) {
        if (this.abort.signal.aborted) return;
        await this.handler(event);
        this.current = event.logPosition;
      }
      this.current = result.position;
      if (full || changed) {
        woke = changed;
        continue;
      }
      // Signalled, yet nothing visible: an older transaction still holds the horizon. Retry soon.
      if (result.events.length > 0) retryMs = 0;
      else if (woke || retryMs > 0) retryMs = retryMs === 0 ? FIRST_RETRY_MS : retryMs * 2;
      if (retryMs >= pollMs) retryMs = 0;
      woke = await this.signal.wait(seen, retryMs || pollMs, this.abort.signal);
      if (this.abort.signal.aborted) return;
      seen = this.signal.version;
      next = read(this.current);
    }
  }
}

/** An in-process `ChangeSignal`; adapters bump it when they append or hear of an append. */
export class Changes implements ChangeSignal {
  private count = 0;
  private readonly waiters = new Set<() => void>();

  get version(): number {
    return this.count;
  }

  bump(): void {
    this.count += 1;
    for (const wake of [...this.waiters]) wake();
  }

  wait(seen: number, timeoutMs: number, abort: AbortSignal): Promise<boolean> {
    if (this.count !== seen) return Promise.resolve(true);
    if (abort.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const finish = (woke: boolean): void => {
        clearTimeout(timer);
        this.waiters.delete(onChange);
        abort.removeEventListener('abort', onAbort);
        resolve(woke);
      };
      const onChange = (): void => finish(true);
      const onAbort = (): void => finish(false);
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.waiters.add(onChange);
      abort.addEventListener('abort', onAbort);
    });
  }
}
