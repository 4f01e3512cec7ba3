import type { IndexShape } from './index-pairing';
import { pairIndexes } from './index-pairing';

const index = (name: string, definition: string, primary = false, unique = primary): IndexShape => ({
  name,
  primary,
  unique,
  definition: `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${name} ON ${definition}`,
});

describe('pairIndexes', () => {
  const live = [
    index('tally_pkey', 'public.tally USING btree (event_id)', true),
    index('tally_by_stream', 'public.tally USING btree (stream_id)'),
    index('tally_recent', 'public.tally USING btree (recorded_at) WHERE (applied > 0)'),
  ];

  it('gives each copy the name of the original of the same shape', () => {
    const copies = [
      index('tally_pkey', 'setu_rebuild_x.tally USING btree (event_id)', true),
      index('tally_stream_id_idx', 'setu_rebuild_x.tally USING btree (stream_id)'),
      index('tally_recorded_at_idx', 'setu_rebuild_x.tally USING btree (recorded_at) WHERE (applied > 0)'),
    ];
    expect(pairIndexes(live, copies)).toEqual([
      { from: 'tally_recorded_at_idx', to: 'tally_recent' },
      { from: 'tally_stream_id_idx', to: 'tally_by_stream' },
    ]);
  });

  it('tells a unique index from a plain one on the same columns', () => {
    const previous = [index('a_unique', 't USING btree (x)', false, true), index('a_plain', 't USING btree (x)')];
    const next = [index('t_x_idx', 't USING btree (x)'), index('t_x_key', 't USING btree (x)', false, true)];
    expect(pairIndexes(previous, next)).toEqual([
      { from: 't_x_idx', to: 'a_plain' },
      { from: 't_x_key', to: 'a_unique' },
    ]);
  });

  it('throws when the copies do not match the originals', () => {
    expect(() => pairIndexes(live, live.slice(1))).toThrow('tally_pkey of the live table has no copy');
    expect(() => pairIndexes(live.slice(1), live)).toThrow('index tally_pkey of the rebuilt table matches none');
  });
});
