-- Per-child data keys (libs/privacy, ARCHITECTURE.md "Security and privacy"). Each child's case has
-- one random AES-256 data key, stored only wrapped by the master key (never in plaintext). Erasure
-- destroys the wrapped key and keeps a tombstone, so nothing can quietly create a fresh key for an
-- erased child: whatever was encrypted with the old key stays unreadable for good.
CREATE TABLE setu_data_keys (
  case_id      uuid        PRIMARY KEY,
  wrapped_key  bytea,                   -- NULL once erased
  wrapped_by   text,                    -- the KeyWrapper's key id (master key fingerprint, or a KMS key id)
  created_at   timestamptz NOT NULL DEFAULT now(),
  erased_at    timestamptz,
  CONSTRAINT setu_data_keys_live_or_erased CHECK (
    (erased_at IS NULL AND wrapped_key IS NOT NULL AND wrapped_by IS NOT NULL)
    OR (erased_at IS NOT NULL AND wrapped_key IS NULL)
  )
);
