// Named queries of the PostgreSQL adapter; the schema is infra/migrations/001_event_store.sql.

const EVENT_COLUMNS = `e.event_id, e.type, e.schema_version, e.stream_id, e.stream_position, e.global_position,
  e.transaction_id, e.occurred_at, e.recorded_at, e.data, e.metadata`;

export const APPEND = 'SELECT next_expected_revision, commit_position, prepare_position FROM setu_append($1, $2, $3, $4::jsonb)';

const readStream = (order: 'ASC' | 'DESC', bound: string): string => `
  SELECT s.revision, s.deleted, ${EVENT_COLUMNS}
    FROM setu_streams s
    LEFT JOIN LATERAL (
      SELECT * FROM setu_events e
       WHERE e.stream_id = s.stream_id AND NOT s.deleted
         AND e.stream_position >= s.truncate_before AND ${bound}
       ORDER BY e.stream_position ${order} LIMIT $3) e ON true
   WHERE s.stream_id = $1`;

export const READ_STREAM_FORWARDS = readStream('ASC', 'e.stream_position >= $2');
export const READ_STREAM_BACKWARDS = readStream('DESC', 'e.stream_position <= $2');

/**
 * Only transactions below the snapshot's xmin have all ended; anything that commits later has a
 * larger transaction id, so ordering by (transaction_id, global_position) never puts an event
 * behind a reader's cursor.
 */
export const READ_ALL = `
  SELECT ${EVENT_COLUMNS}
    FROM setu_events e
   WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
     AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
     AND ($3::text[] IS NULL OR e.category = ANY($3))
     AND ($4::text[] IS NULL OR e.type = ANY($4))
   ORDER BY e.transaction_id, e.global_position
   LIMIT $5`;

/** The last visible event of the whole log: where a filtered read that found nothing more may move on to. */
export const LAST_VISIBLE = `
  SELECT e.transaction_id, e.global_position
    FROM setu_events e
   WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
   ORDER BY e.transaction_id DESC, e.global_position DESC
   LIMIT 1`;

export const LOCK_STREAM = 'SELECT revision, deleted FROM setu_streams WHERE stream_id = $1 FOR UPDATE';
export const SOFT_DELETE = 'UPDATE setu_streams SET deleted = true, truncate_before = revision + 1 WHERE stream_id = $1';
export const TRUNCATE_BEFORE = 'UPDATE setu_streams SET truncate_before = $2 WHERE stream_id = $1';

export const NOTIFY_CHANNEL = 'setu_events';
