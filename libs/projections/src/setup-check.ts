import type { Pool } from 'pg';
import { missingMigrations } from './checkpoints/checkpoint.store';
import { ProjectionSetupError } from './errors/projection.errors';
import type { Projection } from './projection';

const MISSING_TABLES = `
  SELECT t.name FROM unnest($1::text[]) AS t(name) WHERE to_regclass(t.name) IS NULL`;

/** Refuses a projection whose migrations are not applied or whose tables are missing, naming them. */
export async function checkSetup(pool: Pool, projection: Projection): Promise<void> {
  const migrations = await missingMigrations(pool, projection.migrations);
  if (migrations.length > 0) {
    throw new ProjectionSetupError(projection.name, `migration ${migrations.join(', ')} is not applied`);
  }
  const { rows } = await pool.query<{ name: string }>(MISSING_TABLES, [projection.tables]);
  if (rows.length > 0) {
    throw new ProjectionSetupError(projection.name, `table ${rows.map((row) => row.name).join(', ')} does not exist`);
  }
}
