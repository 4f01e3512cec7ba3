import type { Pool } from 'pg';
import type { CaseReferenceSequence } from './case-reference-sequence.port';

/**
 * Counters in a service's own PostgreSQL table, one row per district and year. `nextQuery` is
 * the service's named upsert: `$1` the district, `$2` the year, returning `last_sequence`.
 */
export class PostgresCaseReferenceSequence implements CaseReferenceSequence {
  constructor(
    private readonly pool: Pool,
    private readonly nextQuery: string,
  ) {}

  async next(districtCode: string, year: number): Promise<number> {
    const { rows } = await this.pool.query<{ last_sequence: number }>(this.nextQuery, [districtCode, year]);
    const [row] = rows;
    if (row === undefined) throw new Error('the case reference counter returned no row');
    return row.last_sequence;
  }
}
