import { RESCUE_EVENTS } from '@setu/contracts';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Pool } from 'pg';

const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const validators = new Map<string, { version: number; validate: ReturnType<typeof ajv.compile> }>(RESCUE_EVENTS.map((d) => [d.type, { version: d.schemaVersion, validate: ajv.compile(d.schema) }]));

/** Checks every stored rescue event against its contract schema; returns the types seen. */
export async function expectStoredEventsMatchContracts(pool: Pool): Promise<Set<string>> {
  const { rows } = await pool.query<{ type: string; data: unknown; schema_version: number }>(
    "SELECT type, data, schema_version FROM setu_events WHERE type LIKE 'rescue.%'",
  );
  for (const row of rows) {
    const contract = validators.get(row.type);
    const valid = contract?.validate(row.data) ?? false;
    expect({ type: row.type, valid, errors: contract?.validate.errors ?? null }).toEqual({ type: row.type, valid: true, errors: null });
    expect(row.schema_version).toBe(contract?.version);
  }
  return new Set(rows.map((r) => r.type));
}
