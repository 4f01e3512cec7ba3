import { RESCUE_EVENTS } from '@setu/contracts';
import { contractViolations } from '@setu/service-kit/testing';
import type { Pool } from 'pg';

/** Checks every stored rescue event against its contract schema; returns the types seen. */
export async function expectStoredEventsMatchContracts(pool: Pool): Promise<Set<string>> {
  const { rows } = await pool.query<{ type: string; data: unknown; schemaVersion: number }>(
    "SELECT type, data, schema_version AS \"schemaVersion\" FROM setu_events WHERE type LIKE 'rescue.%'",
  );
  expect(contractViolations(RESCUE_EVENTS, rows)).toEqual([]);
  return new Set(rows.map((r) => r.type));
}
