import type { EventStore } from '@setu/event-store';
import type { CaseDirectory } from '../application';

/**
 * Cases are opened by rescue (`rescue-<caseId>`) or, for a child who comes home with no record,
 * by reintegration (`reintegration-<caseId>`). Reintegration learns of rescue's from the log only.
 */
const CASE_OPENING_CATEGORIES = ['reintegration', 'rescue'] as const;

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
