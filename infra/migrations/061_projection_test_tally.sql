-- Tables of the runner's test projection (`tallyProjection`, @setu/projections/testing). No
-- production projection writes them; they stay empty outside tests.
CREATE TABLE setu_test_tally (
  event_id   uuid   PRIMARY KEY,
  stream_id  text   NOT NULL,
  type       text   NOT NULL,
  -- How many times the event took effect: anything but 1 is a broken exactly-once guarantee.
  applied    integer NOT NULL DEFAULT 1
);
CREATE INDEX setu_test_tally_by_stream ON setu_test_tally (stream_id);

CREATE TABLE setu_test_tally_totals (
  scope   text   PRIMARY KEY,
  events  bigint NOT NULL
);
-- A seeded row, as real projections may have: reset() must put it back.
INSERT INTO setu_test_tally_totals (scope, events) VALUES ('all', 0);
