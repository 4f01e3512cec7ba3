// Named queries of the PostgreSQL adapter; the schema is infra/migrations/001_event_store.sql.

const EVENT_COLUMNS = `e.event_id, e.type, e.schema_version, e.stream_id, e.stream_position, e.global_position,
  e.transaction_id, e.occurred_at, e.recorded_at, e.data, e.metadata`;

const HEAD = `
  SELECT coalesce((SELECT max(stream_position) FROM setu_events WHERE stream_id = $1), -1) AS revision,
         (SELECT deleted_through FROM setu_stream_settings WHERE stream_id = $1) AS deleted_through`;

/** Inserts the batch $4 (a JSON array) at positions after `base`. */
const insertBatch = (base: string, extraSource: string, condition: string): string => `
  INSERT INTO setu_events (stream_id, stream_position, category, event_id, type, schema_version, occurred_at, data, metadata)
  SELECT $1, ${base} + x.n, $2, (x.e->>'eventId')::uuid, x.e->>'type', (x.e->>'schemaVersion')::integer,
         (x.e->>'occurredAt')::timestamptz, x.e->'data', x.e->'metadata'
    FROM ${extraSource} jsonb_array_elements($4::jsonb) WITH ORDINALITY AS x(e, n)
   ${condition}
  RETURNING stream_position, transaction_id, global_position`;

const afterHead = (condition: string): string => `WITH head AS MATERIALIZED (${HEAD}) ${insertBatch('head.revision', 'head,', condition)}`;

/**
 * An append is one prepared statement that places the batch after revision $3. Two writers of
 * the same positions meet on the unique constraint and one wins, so `no_stream` ($3 = -1) needs
 * no check at all, an exact revision only that its event is there, and `any` and `stream_exists`
 * place the batch after the head they read (a lost race is retried by the adapter). Nothing
 * inserted means the expectation failed; the adapter then asks why.
 */
export const APPEND = {
  no_stream: { name: 'setu_append_no_stream', text: insertBatch('$3::bigint', '', '') },
  revision: {
    name: 'setu_append_revision',
    text: insertBatch('$3::bigint', '', 'WHERE EXISTS (SELECT 1 FROM setu_events h WHERE h.stream_id = $1 AND h.stream_position = $3)'),
  },
  any: { name: 'setu_append_any', text: afterHead('WHERE $3::bigint IS NULL') },
  stream_exists: {
    name: 'setu_append_stream_exists',
    text: afterHead('WHERE $3::bigint IS NULL AND head.revision >= 0 AND head.revision IS DISTINCT FROM head.deleted_through'),
  },
} as const;

export const HEAD_OF_STREAM = HEAD;

/** Which of a batch's ids the stream already holds, with where they landed. */
export const KNOWN_EVENTS = `
  SELECT event_id, stream_position, transaction_id, global_position FROM setu_events
   WHERE stream_id = $1 AND event_id = ANY($2::uuid[])`;

const readStream = (order: 'ASC' | 'DESC', bound: string): string => `
  WITH head AS (${HEAD}),
  settings AS (SELECT coalesce((SELECT truncate_before FROM setu_stream_settings WHERE stream_id = $1), 0) AS truncate_before)
  SELECT head.revision, head.deleted_through, ${EVENT_COLUMNS}
    FROM head CROSS JOIN settings
    LEFT JOIN LATERAL (
      SELECT * FROM setu_events e
       WHERE e.stream_id = $1 AND head.revision IS DISTINCT FROM head.deleted_through
         AND e.stream_position >= settings.truncate_before AND ${bound}
       ORDER BY e.stream_position ${order} LIMIT $3) e ON true`;

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

/**
 * A filtered page, plus the last visible event of the whole log in the same snapshot: a page that
 * comes up short has seen everything up to there, so the reader may move on past what it filtered
 * out. (Two statements would see two snapshots and could skip what became visible in between.)
 */
export const READ_ALL_FILTERED = `
  WITH horizon AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
  last AS (
    SELECT e.transaction_id AS last_transaction_id, e.global_position AS last_global_position
      FROM setu_events e, horizon
     WHERE e.transaction_id < horizon.xmin
     ORDER BY e.transaction_id DESC, e.global_position DESC
     LIMIT 1)
  SELECT last.last_transaction_id, last.last_global_position, page.*
    FROM last LEFT JOIN LATERAL (
      SELECT ${EVENT_COLUMNS}
        FROM setu_events e, horizon
       WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
         AND e.transaction_id < horizon.xmin
         AND ($3::text[] IS NULL OR e.category = ANY($3))
         AND ($4::text[] IS NULL OR e.type = ANY($4))
       ORDER BY e.transaction_id, e.global_position
       LIMIT $5) page ON true`;

export const SOFT_DELETE = `
  INSERT INTO setu_stream_settings (stream_id, truncate_before, deleted_through) VALUES ($1, $2 + 1, $2)
  ON CONFLICT (stream_id) DO UPDATE SET truncate_before = excluded.truncate_before, deleted_through = excluded.deleted_through`;

export const TRUNCATE_BEFORE = `
  INSERT INTO setu_stream_settings (stream_id, truncate_before) VALUES ($1, $2)
  ON CONFLICT (stream_id) DO UPDATE SET truncate_before = excluded.truncate_before`;

export const NOTIFY = `SELECT pg_notify('setu_events', '')`;
export const LISTEN = 'LISTEN setu_events';
