import type { EventStore, LogPosition, Subscription } from '@setu/event-store';
import type { PageFilter } from './page-reader';

/**
 * Tells a live projection that the log has grown, by the store's own subscription: it wakes on
 * the store's change signal (NOTIFY on PostgreSQL), retries quickly while an older transaction
 * holds the horizon back, and falls back to polling; and it works the same on every adapter. It
 * rings only for events the projection reads, once they are visible. The runner then reads them
 * in batches itself, so each batch commits with its checkpoint.
 */
export class Doorbell {
  private count = 0;
  private readonly waiters = new Set<() => void>();
  private subscription: Subscription | undefined;

  constructor(
    private readonly store: Pick<EventStore, 'subscribe'>,
    private readonly filter: PageFilter,
  ) {}

  get version(): number {
    return this.count;
  }

  /** Subscribes from `position` unless a subscription is already listening (one that ended is replaced). */
  listen(position: LogPosition): void {
    if (this.subscription !== undefined) return;
    const subscription = this.store.subscribe(position, () => this.ring(), {
      categories: this.filter.categories,
      types: this.filter.types,
      batchSize: 100,
    });
    this.subscription = subscription;
    // A store error ends it; the runner's poll covers the gap and the next listen() replaces it.
    subscription.done
      .catch(() => undefined)
      .finally(() => {
        if (this.subscription === subscription) this.subscription = undefined;
      })
      .catch(() => undefined);
  }

  /** Resolves true when the bell rang after `seen`, false after `timeoutMs` or on abort. */
  wait(seen: number, timeoutMs: number, abort: AbortSignal): Promise<boolean> {
    if (this.count !== seen) return Promise.resolve(true);
    if (abort.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const finish = (rang: boolean): void => {
        clearTimeout(timer);
        this.waiters.delete(onRing);
        abort.removeEventListener('abort', onAbort);
        resolve(rang);
      };
      const onRing = (): void => finish(true);
      const onAbort = (): void => finish(false);
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.waiters.add(onRing);
      abort.addEventListener('abort', onAbort);
    });
  }

  async close(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  private ring(): void {
    this.count += 1;
    for (const wake of [...this.waiters]) wake();
  }
}
