-- The event store (ARCHITECTURE.md, "The event store").
-- Readers order the log by (transaction_id, global_position) and read only below
-- pg_snapshot_xmin(pg_current_snapshot()): every transaction with a smaller id has ended, and
-- any transaction that commits later has a larger id, so nothing can appear behind a reader.

CREATE TABLE setu_streams (
  stream_id        text PRIMARY KEY,
  category         text   NOT NULL,
  revision         bigint NOT NULL,            -- position of the stream's last event
  truncate_before  bigint NOT NULL DEFAULT 0,  -- readStream hides positions below this
  deleted          boolean NOT NULL DEFAULT false
);

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
  CONSTRAINT setu_events_stream_position UNIQUE (stream_id, stream_position),
  CONSTRAINT setu_events_stream_event UNIQUE (stream_id, event_id)
);

CREATE INDEX setu_events_log_order ON setu_events (transaction_id, global_position);
CREATE INDEX setu_events_category_order ON setu_events (category, transaction_id, global_position);

-- Appends a batch atomically in one round trip. p_expected is 'no_stream', 'stream_exists',
-- 'any' or a revision. A batch whose event ids are all in the stream already returns the
-- first result; a mismatch raises SE409 with the actual revision in DETAIL (-1: no stream).
CREATE FUNCTION setu_append(p_stream text, p_category text, p_expected text, p_events jsonb)
RETURNS TABLE (next_expected_revision bigint, commit_position xid8, prepare_position bigint)
LANGUAGE plpgsql AS $$
DECLARE
  v_revision bigint;
  v_deleted boolean;
  v_count integer := jsonb_array_length(p_events);
  v_found integer;
  v_actual bigint;
BEGIN
  SELECT s.revision, s.deleted INTO v_revision, v_deleted
    FROM setu_streams s WHERE s.stream_id = p_stream FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO setu_streams (stream_id, category, revision) VALUES (p_stream, p_category, -1)
      ON CONFLICT (stream_id) DO NOTHING;
    SELECT s.revision, s.deleted INTO v_revision, v_deleted
      FROM setu_streams s WHERE s.stream_id = p_stream FOR UPDATE;
  END IF;

  -- A retry of an append that already happened: hand back the first result.
  SELECT count(*), max(e.stream_position) INTO v_found, v_actual
    FROM setu_events e
   WHERE e.stream_id = p_stream
     AND e.event_id IN (SELECT (x->>'eventId')::uuid FROM jsonb_array_elements(p_events) x);
  IF v_found = v_count THEN
    RETURN QUERY SELECT v_actual, e.transaction_id, e.global_position
      FROM setu_events e WHERE e.stream_id = p_stream AND e.stream_position = v_actual;
    RETURN;
  ELSIF v_found > 0 THEN
    RAISE EXCEPTION 'partial duplicate batch on %', p_stream USING ERRCODE = 'SE422';
  END IF;

  v_actual := CASE WHEN v_revision < 0 OR v_deleted THEN -1 ELSE v_revision END;
  IF (p_expected = 'no_stream' AND v_actual <> -1)
     OR (p_expected = 'stream_exists' AND v_actual = -1)
     OR (CASE WHEN p_expected IN ('no_stream', 'stream_exists', 'any') THEN false
              ELSE p_expected::bigint <> v_revision END) THEN
    RAISE EXCEPTION 'wrong expected revision on %', p_stream
      USING ERRCODE = 'SE409', DETAIL = v_actual::text;
  END IF;

  INSERT INTO setu_events (stream_id, stream_position, category, event_id, type, schema_version,
                           occurred_at, data, metadata)
  SELECT p_stream, v_revision + x.n, p_category, (x.e->>'eventId')::uuid, x.e->>'type',
         (x.e->>'schemaVersion')::integer, (x.e->>'occurredAt')::timestamptz,
         x.e->'data', x.e->'metadata'
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(e, n);

  UPDATE setu_streams SET revision = v_revision + v_count, deleted = false
   WHERE stream_id = p_stream;
  PERFORM pg_notify('setu_events', p_category);

  RETURN QUERY SELECT v_revision + v_count, pg_current_xact_id(), max(e.global_position)
    FROM setu_events e WHERE e.stream_id = p_stream AND e.stream_position > v_revision;
END;
$$;
