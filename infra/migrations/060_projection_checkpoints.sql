-- Where each projection is in the log (libs/projections/README.md). A batch of events and the
-- checkpoint after it commit in one transaction, so each event takes effect exactly once.
CREATE TABLE setu_projection_checkpoints (
  name              text    PRIMARY KEY,
  -- LogPosition of the last event read (filtered-out events included); (0, 0) is before the log.
  commit_position   bigint  NOT NULL DEFAULT 0,
  prepare_position  bigint  NOT NULL DEFAULT 0,
  -- The projection version whose code built the rows; another version in code means a rebuild.
  version           integer NOT NULL,
  status            text    NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'failed')),
  -- Error class and code only, never a message: messages can quote personal data.
  last_error        text,
  -- The event a failed projection stopped on; the checkpoint is just before it.
  failed_event_id   uuid,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT setu_projection_checkpoints_failure CHECK ((status = 'failed') = (failed_event_id IS NOT NULL))
);
