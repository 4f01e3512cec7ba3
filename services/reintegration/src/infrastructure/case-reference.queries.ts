// The row lock of the upsert serialises concurrent requests for one district and year.
export const NEXT_CASE_REFERENCE_SEQUENCE = `
INSERT INTO reintegration_case_reference_counters AS c (district_code, year, last_sequence)
VALUES ($1, $2, 1)
ON CONFLICT (district_code, year) DO UPDATE SET last_sequence = c.last_sequence + 1
RETURNING last_sequence`;
