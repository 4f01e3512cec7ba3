-- Responses to POSTs sent with an Idempotency-Key, replayed when the client retries
-- (docs/architecture.md, "HTTP conventions"). Keys are scoped to the user who sent them.
CREATE TABLE setu_idempotency_keys (
  user_id      text NOT NULL,
  key          text NOT NULL,
  fingerprint  text NOT NULL,            -- method, path and SHA-256 of the body
  status       integer,                  -- NULL while the first request is in progress
  headers      jsonb,
  body         jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
