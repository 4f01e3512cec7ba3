-- Sequence numbers of the human references of cases the reintegration service opens for children
-- who came home with no record (BR-GAY-2026-00007), per home district and year. A number is taken
-- in its own statement, outside the event append, so a request that fails afterwards leaves a gap;
-- a number is never handed out twice (services/reintegration).

CREATE TABLE reintegration_case_reference_counters (
  district_code  text    NOT NULL,
  year           integer NOT NULL,
  last_sequence  integer NOT NULL CHECK (last_sequence > 0),
  PRIMARY KEY (district_code, year)
);
