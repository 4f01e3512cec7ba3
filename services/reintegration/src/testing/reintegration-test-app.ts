import { REINTEGRATION_EVENTS } from '@setu/contracts';
import type { RecordedEvent } from '@setu/event-store';
import { contractViolations as violationsOf, useServiceTestApp } from '@setu/service-kit/testing';
import { ReintegrationModule } from '../reintegration.module';

/** The reintegration service alone, on this test file's database; `token()` is a Bihar fieldworker's by default. */
export function useReintegrationTestApp() {
  return useServiceTestApp({
    modules: [ReintegrationModule],
    principal: { userId: 'fw-anita', orgId: 'org-ngo-gaya', role: 'fieldworker', states: ['BR'] },
  });
}

/** The schema errors of stored events against their contracts (empty: all valid). */
export function contractViolations(events: readonly RecordedEvent[]): string[] {
  return violationsOf(REINTEGRATION_EVENTS, events);
}
