import type { EventStore, LogPosition, ReadAllResult } from '@setu/event-store';

export interface Page extends ReadAllResult {
  /** As many events as asked for: more may follow at once. */
  readonly full: boolean;
  /** The doorbell's count when the read was sent: a ring after it may be news this page lacks. */
  readonly seen: number;
}

export interface PageFilter {
  readonly categories?: readonly string[];
  readonly types?: readonly string[];
}

/** Pages of `readAll` in log order; while pages come back full, the next is read during the work on this one. */
export class PageReader {
  private from: LogPosition;
  private pending: Promise<Page> | undefined;

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly filter: PageFilter,
    private readonly batchSize: number,
    private readonly stamp: () => number,
    from: LogPosition,
  ) {
    this.from = from;
  }

  /** Forgets any page read ahead: the next page starts after `from`. */
  restart(from: LogPosition): void {
    this.from = from;
    this.pending = undefined;
  }

  async next(): Promise<Page> {
    const page = await (this.pending ?? this.read(this.from));
    this.from = page.position;
    this.pending = page.full ? this.read(page.position) : undefined;
    return page;
  }

  private read(from: LogPosition): Promise<Page> {
    const seen = this.stamp();
    const pending = this.store
      .readAll(from, { categories: this.filter.categories, types: this.filter.types, limit: this.batchSize })
      .then((result) => ({ ...result, full: result.events.length === this.batchSize, seen }));
    pending.catch(() => undefined); // a read ahead that is never awaited must not surface as unhandled
    return pending;
  }
}
