import type { Pool } from 'pg';
import type { CaseReferenceSequence } from '../application';
import { NEXT_CASE_REFERENCE_SEQUENCE } from './case-reference.queries';

/** Counters in PostgreSQL (migration 050), one row per district and year; a failed request leaves a gap. */
export class PostgresCaseReferenceSequence implements CaseReferenceSequence {
  constructor(private readonly pool: Pool) {}

  async next(districtCode: string, year: number): Promise<number> {
    const { rows } = await this.pool.query<{ last_sequence: number }>(NEXT_CASE_REFERENCE_SEQUENCE, [districtCode, year]);
    const [row] = rows;
    if (row === undefined) throw new Error('the case reference counter returned no row');
    return row.last_sequence;
  }
}
