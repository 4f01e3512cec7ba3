import type { EventStore } from '@setu/event-store';
import type { RescueCases } from '../application';
import { rescueStreamId } from '../domain';

/** Answers from the rescue service's case stream: its existence, never its content. */
export class EventStoreRescueCases implements RescueCases {
  constructor(private readonly store: EventStore) {}

  async exists(caseId: string): Promise<boolean> {
    return (await this.store.readStream(rescueStreamId(caseId), { maxCount: 1 })).exists;
  }
}
