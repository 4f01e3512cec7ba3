-- Sequence numbers of the human case references (RJ-JPR-2026-00042), per district and year.
-- A number is taken in its own short transaction, outside the event append, so a request that
-- fails afterwards leaves a gap; a number is never handed out twice (services/rescue).

CREATE TABLE rescue_case_reference_counters (
  district_code  text    NOT NULL,
  year           integer NOT NULL,
  last_sequence  integer NOT NULL CHECK (last_sequence > 0),
  PRIMARY KEY (district_code, year)
);
