import type { EventStore } from '@setu/event-store';
import { randomUUID } from 'node:crypto';

export interface RescueCaseOptions {
  /** Default a fresh UUID. */
  readonly caseId?: string;
  /** When the child was identified; default 2026-03-10T05:00:00Z. */
  readonly occurredAt?: Date;
  /** More of the event's data (only its existence matters to the other services). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Opens a case the way the rescue service does: a `rescue.ChildIdentified` on `rescue-<caseId>`. */
export async function openRescueCase(store: EventStore, options: RescueCaseOptions = {}): Promise<string> {
  const caseId = options.caseId ?? randomUUID();
  const metadata = {
    actor: { userId: 'rescue-officer', orgId: 'ahtu-jaipur', role: 'police' },
    jurisdiction: 'RJ' as const,
    correlationId: randomUUID(),
    causationId: randomUUID(),
    source: 'setu.test',
  };
  const occurredAt = options.occurredAt ?? new Date('2026-03-10T05:00:00.000Z');
  const identified = { type: 'rescue.ChildIdentified', schemaVersion: 1, occurredAt, data: { ...options.data, caseId }, metadata };
  await store.append(`rescue-${caseId}`, [identified], 'no_stream');
  return caseId;
}
