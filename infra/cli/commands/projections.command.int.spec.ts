import { PostgresEventStore } from '@setu/event-store';
import { freshStream, sampleEvents } from '@setu/event-store/testing';
import { useTestDatabase } from '@setu/postgres/testing';
import type { Projection } from '@setu/projections';
import { eventually, readTally, tallyProjection } from '@setu/projections/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../main';
import { projectionsCommand } from './projections.command';

let store: PostgresEventStore | undefined;
afterAll(() => store?.close());
const db = useTestDatabase();

describe('setu projections', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'setu-cli-'));
    store = new PostgresEventStore(db.pool);
    for (let i = 0; i < 3; i += 1) await store.append(freshStream('cli'), sampleEvents(4), 'no_stream');
    await eventually(async () => (await store?.readAll({ commit: 0, prepare: 0 }, { categories: ['cli'] }))?.events.length, (n) => n === 12);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const run = async (args: string[], projections: readonly Projection[]) => {
    let out = '';
    let err = '';
    const output = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
    const code = await runCli(['projections', ...args], { SETU_DATA_DIR: dataDir, DATABASE_URL: db.url }, output, [
      (context) => projectionsCommand(context, projections),
    ]);
    return { code, out, err };
  };
  const tally = tallyProjection({ categories: ['cli'] });

  it('rebuilds every registered projection with a progress bar', async () => {
    const { code, out, err } = await run(['rebuild'], [tally]);

    expect({ code, out }).toEqual({ code: 0, out: 'tally: rebuilt from 12 events at version 1\n' });
    expect(err).toMatch(/tally \[[^\]]*\] 100% 12\/12 events done/);
    expect(await readTally(db.pool)).toEqual({ rows: 12, total: 12, maxApplied: 1 });
  });

  it('rebuilds one projection by name, and refuses a name it does not know', async () => {
    expect(await run(['rebuild', 'tally'], [tally])).toMatchObject({ code: 0, out: 'tally: rebuilt from 12 events at version 1\n' });
    expect(await run(['rebuild', 'case-file'], [tally])).toEqual({
      code: 1,
      out: '',
      err: 'setu: unknown projection "case-file" (registered: tally)\n',
    });
    expect(await run(['rebuild'], [])).toMatchObject({ code: 0, out: 'no projections are registered\n' });
  });

  it('names the failing event when a rebuild fails, and leaves the tables as they were', async () => {
    const { code, err } = await run(['rebuild'], [tallyProjection({ categories: ['cli'], refuse: (event) => event.data.i === 2 })]);

    expect(code).toBe(1);
    expect(err).toMatch(/setu: projection "tally" failed on event [0-9a-f-]{36}: TallyRefusedError \(TALLY_REFUSED\)\n$/);
    expect(err).not.toContain('Sita');
    expect(await readTally(db.pool)).toEqual({ rows: 12, total: 12, maxApplied: 1 });
  });

  it('lists each projection with its checkpoint, lag and instance', async () => {
    const lagging = tallyProjection({ name: 'lagging', categories: ['cli'] });
    const { code, out } = await run(['status'], [tally, { ...lagging, tables: ['setu_no_table'] }]);

    expect(code).toBe(0);
    const [header, first, second] = out.trimEnd().split('\n');
    expect(header).toMatch(/^NAME\s+VERSION\s+STATUS\s+INSTANCE\s+POSITION\s+LAG\s+FAILURE$/);
    expect(first).toMatch(/^tally\s+1 \(rows: 1\)\s+running\s+none\s+\d+\/\d+\s+0 events, 0\.0 s$/);
    expect(second).toMatch(/^lagging\s+1\s+never-run\s+none\s+0\/0\s+12 events, \d+\.\d s$/);

    const json = await run(['status', '--json'], [tally]);
    expect(JSON.parse(json.out)).toEqual([expect.objectContaining({ name: 'tally', status: 'running', lagEvents: 0, active: false })]);
  });
});
