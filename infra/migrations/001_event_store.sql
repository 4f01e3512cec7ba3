-- The event store (ARCHITECTURE.md, "The event store"; docs/architecture.md explains the choices).
-- Readers order the log by (transaction_id, global_position) and read only below
-- pg_snapshot_xmin(pg_current_snapshot()): every transaction with a smaller id has ended, and
-- any transaction that commits later has a larger id, so nothing can appear behind a reader.

CREATE TABLE setu_events (
  global_position  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id   xid8   NOT NULL DEFAULT pg_current_xact_id(),
  stream_id        text   NOT NULL,
  stream_position  bigint NOT NULL,
  category         text   NOT NULL,
  event_id         uuid   NOT NULL,
  type             text   NOT NULL,
  schema_version   integer NOT NULL,
  occurred_at      timestamptz NOT NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  data             jsonb  NOT NULL,
  metadata         jsonb  NOT NULL,
  -- The expected-revision check: two writers of the same position, one wins.
  CONSTRAINT setu_events_stream_position UNIQUE (stream_id, stream_position),
  -- Client retries: an event id appears once per stream.
  CONSTRAINT setu_events_stream_event UNIQUE (stream_id, event_id)
);

-- Readers scan the log in this order; a category or type filter is applied on the way rather than
-- through an index of its own, which every append would pay for (docs/architecture.md).
CREATE INDEX setu_events_log_order ON setu_events (transaction_id, global_position);

-- Only streams that were truncated or soft-deleted have a row here; a stream's revision is the
-- largest stream_position of its events.
CREATE TABLE setu_stream_settings (
  stream_id        text PRIMARY KEY,
  truncate_before  bigint NOT NULL DEFAULT 0,  -- readStream hides positions below this
  deleted_through  bigint                      -- soft-deleted while its revision is still this
);
