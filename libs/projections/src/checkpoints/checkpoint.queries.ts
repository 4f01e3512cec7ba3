// Named queries on setu_projection_checkpoints (infra/migrations/060_projection_checkpoints.sql).

const COLUMNS = 'name, commit_position, prepare_position, version, status, last_error, failed_event_id, updated_at';

/** A projection never run starts before the log, at the version of the code that first runs it. */
export const ENSURE = `
  INSERT INTO setu_projection_checkpoints (name, version) VALUES ($1, $2)
  ON CONFLICT (name) DO NOTHING`;

export const READ = `SELECT ${COLUMNS} FROM setu_projection_checkpoints WHERE name = $1`;

export const READ_MANY = `SELECT ${COLUMNS} FROM setu_projection_checkpoints WHERE name = ANY($1::text[])`;

/** Taken first in every batch transaction: a second writer (a swap, a stale instance) waits here, then sees the move. */
export const LOCK = `SELECT ${COLUMNS} FROM setu_projection_checkpoints WHERE name = $1 FOR UPDATE`;

export const ADVANCE = `
  UPDATE setu_projection_checkpoints
     SET commit_position = $2, prepare_position = $3, version = $4,
         status = 'running', last_error = NULL, failed_event_id = NULL, updated_at = now()
   WHERE name = $1`;

/** A projection that never applied an event takes the version of the code that runs it: nothing to rebuild. */
export const ADOPT_VERSION = `
  UPDATE setu_projection_checkpoints
     SET version = $3, status = 'running', last_error = NULL, failed_event_id = NULL, updated_at = now()
   WHERE name = $1 AND version = $2 AND commit_position = 0 AND prepare_position = 0`;

/** Only if the checkpoint is still where the failing batch started. */
export const RECORD_FAILURE = `
  UPDATE setu_projection_checkpoints
     SET status = 'failed', last_error = $4, failed_event_id = $5, updated_at = now()
   WHERE name = $1 AND commit_position = $2 AND prepare_position = $3`;

export const APPLIED_MIGRATIONS = 'SELECT name FROM setu_schema_migrations WHERE name = ANY($1::text[])';
