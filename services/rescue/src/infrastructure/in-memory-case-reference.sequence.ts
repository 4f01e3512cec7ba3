import type { CaseReferenceSequence } from '@setu/service-kit';

/** For unit tests and the in-memory store: the same numbering, kept in this process. */
export class InMemoryCaseReferenceSequence implements CaseReferenceSequence {
  private readonly counters = new Map<string, number>();

  next(districtCode: string, year: number): Promise<number> {
    const key = `${districtCode}/${year}`;
    const next = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, next);
    return Promise.resolve(next);
  }
}
