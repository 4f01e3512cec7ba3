import { freshStream, sampleEvents } from '@setu/event-store/testing';
import type { Projection, ProjectionRunner, RebuildProgress } from '@setu/projections';
import { ProjectionFailedError, RebuildInProgressError } from '@setu/projections';
import type { TallyOptions, TallyState } from '@setu/projections/testing';
import { eventually, readTally, tallyProjection, useRunnerHarness } from '@setu/projections/testing';
import { Client } from 'pg';

const harness = useRunnerHarness();
const { db } = harness;

describe('rebuild', () => {
  let category = 'rebuild';
  beforeAll(async () => {
    await db.pool.query(`CREATE VIEW tally_by_type AS SELECT type, count(*) AS events FROM setu_test_tally GROUP BY type`);
  });
  afterEach(async () => {
    await harness.stopRunners();
    await db.pool.query(`TRUNCATE setu_test_tally, setu_test_tally_totals, setu_projection_checkpoints`);
    await db.pool.query(`INSERT INTO setu_test_tally_totals (scope, events) VALUES ('all', 0)`);
    category = `${category}x`;
  });

  const tally = (options: TallyOptions = {}): Projection => tallyProjection({ categories: [category], ...options });
  const runner = (projection: Projection): ProjectionRunner => harness.runner({ projections: [projection], batchSize: 50 });
  const append = async (streams: number, each: number): Promise<void> => {
    for (let i = 0; i < streams; i += 1) await harness.store.append(freshStream(category), sampleEvents(each), 'no_stream');
  };
  const tallied = (rows: number) => eventually(() => readTally(db.pool), (state) => state.rows >= rows);
  const tableOid = async (): Promise<string> =>
    (await db.pool.query<{ oid: string }>(`SELECT 'setu_test_tally'::regclass::oid::text AS oid`)).rows[0]?.oid ?? '';
  const indexes = async (): Promise<string[]> =>
    (
      await db.pool.query<{ name: string }>(
        `SELECT indexname AS name FROM pg_indexes WHERE tablename LIKE 'setu_test_tally%' ORDER BY 1`,
      )
    ).rows.map((row) => row.name);
  const rebuildSchemas = async (): Promise<number> =>
    (await db.pool.query(`SELECT 1 FROM pg_namespace WHERE nspname LIKE 'setu_rebuild_%' OR nspname LIKE 'setu_retired_%'`)).rowCount ?? 0;

  it('replays into shadow tables and swaps them in while readers see consistent rows and the live instance goes on', async () => {
    await append(40, 25);
    const live = runner(tally());
    await live.start();
    await tallied(1000);
    const [oidBefore, indexesBefore] = [await tableOid(), await indexes()];

    // A reader of the API's tables, and writers appending all along.
    let reading = true;
    const seen: TallyState[] = [];
    const reader = (async () => {
      while (reading) seen.push(await readTally(db.pool));
    })();
    let writing = true;
    let written = 1000;
    const writer = (async () => {
      while (writing) {
        await append(1, 5);
        written += 5;
      }
    })();

    const progress: RebuildProgress[] = [];
    const result = await live.rebuild('tally', { onProgress: (p) => progress.push(p) });
    writing = false;
    await writer;
    await tallied(written);
    reading = false;
    await reader;

    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((state) => state.total !== state.rows || state.maxApplied !== 1)).toEqual([]);
    // Never a step back in time: the swapped-in tables were caught up to the live ones first.
    expect(seen.every((state, i) => i === 0 || state.rows >= (seen[i - 1]).rows)).toBe(true);
    expect(await readTally(db.pool)).toEqual({ rows: written, total: written, maxApplied: 1 });
    expect(result).toMatchObject({ projection: 'tally', version: 1 });
    expect(result.events).toBeGreaterThanOrEqual(1000);
    expect(progress[0]).toMatchObject({ phase: 'replaying', applied: 0 });
    expect(progress[0]?.total).toBeGreaterThanOrEqual(1000);
    expect(progress.map((p) => p.phase).slice(-2)).toEqual(['swapping', 'done']);
    expect(progress.at(-1)?.applied).toBe(result.events);
    expect(await tableOid()).not.toBe(oidBefore);
    expect(await indexes()).toEqual(indexesBefore);
    expect(await rebuildSchemas()).toBe(0);
    const byType = await db.pool.query<{ events: string }>(`SELECT events FROM tally_by_type`);
    expect(Number(byType.rows[0]?.events)).toBe(written);
  });

  it('rebuilds on start when the version in code is newer, and an older version then stands down', async () => {
    await append(4, 10);
    const v1 = runner(tally());
    await v1.start();
    await tallied(40);
    await v1.stop();
    const oidBefore = await tableOid();

    const v2 = runner(tally({ version: 2 }));
    await v2.start();
    await eventually(
      async () => (await db.pool.query<{ version: number }>(`SELECT version FROM setu_projection_checkpoints`)).rows[0]?.version,
      (version) => version === 2,
    );
    expect(await tableOid()).not.toBe(oidBefore);
    await append(1, 5);
    expect(await tallied(45)).toEqual({ rows: 45, total: 45, maxApplied: 1 });
    await v2.stop();

    const stale = runner(tally());
    await stale.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await append(1, 5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stale.status()[0]?.state).toBe('standby');
    expect(await readTally(db.pool)).toEqual({ rows: 45, total: 45, maxApplied: 1 });
  });

  it('leaves the live tables as they were when the replay fails on an event, and names it', async () => {
    await append(2, 10);
    const good = runner(tally());
    await good.start();
    await tallied(20);
    const oidBefore = await tableOid();
    const events = (await harness.store.readAll({ commit: 0, prepare: 0 }, { categories: [category] }))?.events ?? [];

    const broken = runner(tally({ refuse: (event) => event.eventId === events[13]?.eventId }));
    const failure = await broken.rebuild('tally').catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ProjectionFailedError);
    expect(failure).toMatchObject({ eventId: events[13]?.eventId, error: { errorClass: 'TallyRefusedError', code: 'TALLY_REFUSED' } });
    expect((failure as Error).message).not.toContain('Sita');
    expect(await tableOid()).toBe(oidBefore);
    expect(await readTally(db.pool)).toEqual({ rows: 20, total: 20, maxApplied: 1 });
    expect(await rebuildSchemas()).toBe(0);
  });

  it('lets a failed instance resume once a rebuild with fixed code has swapped new tables in', async () => {
    await append(2, 10);
    const events = await eventually(
      async () => (await harness.store.readAll({ commit: 0, prepare: 0 }, { categories: [category] }))?.events ?? [],
      (all) => all.length === 20,
    );
    const broken = runner(tally({ refuse: (event) => event.eventId === events[7]?.eventId }));
    await broken.start();
    await eventually(async () => broken.status()[0]?.state, (state) => state === 'failed');
    expect(await readTally(db.pool)).toEqual({ rows: 7, total: 7, maxApplied: 1 });

    await runner(tally()).rebuild('tally');
    await eventually(async () => broken.status()[0]?.state, (state) => state === 'live');
    await append(1, 5);
    expect(await tallied(25)).toEqual({ rows: 25, total: 25, maxApplied: 1 });
  });

  it('refuses a second rebuild of the same projection at once', async () => {
    const other = new Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock($1::int4, hashtext('tally'))`, [0x5e71]);
      await expect(runner(tally()).rebuild('tally')).rejects.toBeInstanceOf(RebuildInProgressError);
    } finally {
      await other.end();
    }
  });
});
