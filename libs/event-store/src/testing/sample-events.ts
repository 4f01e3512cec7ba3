import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../event';

/** A synthetic event for store tests: no real child, no real name. */
export function sampleEvent(type = 'test.SomethingHappened', data: Record<string, unknown> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    occurredAt: new Date('2026-03-14T05:30:00.000Z'),
    data: { note: 'synthetic', ...data },
    metadata: {
      actor: { userId: 'test-user', orgId: 'test-org', role: 'rescue-officer' },
      jurisdiction: 'RJ',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      source: 'setu.test',
    },
  };
}

export function sampleEvents(count: number, type?: string): NewEvent[] {
  return Array.from({ length: count }, (_, i) => sampleEvent(type, { i }));
}

/** A stream id unique to this test, in the given category. */
export function freshStream(category = 'test'): string {
  return `${category}-${randomUUID()}`;
}
