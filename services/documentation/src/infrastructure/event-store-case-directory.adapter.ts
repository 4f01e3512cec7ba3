import type { EventStore } from '@setu/event-store';
import type { CaseDirectory } from '../application/ports/case-directory.port';

/**
 * Cases are opened by rescue (`rescue-<caseId>`) or, for a child who comes home with no record,
 * by reintegration (`reintegration-<caseId>`). Documentation learns of them from the log only.
 */
const CASE_OPENING_CATEGORIES = ['rescue', 'reintegration'] as const;

export class EventStoreCaseDirectory implements CaseDirectory {
  constructor(private readonly store: EventStore) {}

  async exists(caseId: string): Promise<boolean> {
    for (const category of CASE_OPENING_CATEGORIES) {
      const stream = await this.store.readStream(`${category}-${caseId}`, { maxCount: 1 });
      if (stream.exists) return true;
    }
    return false;
  }
}
