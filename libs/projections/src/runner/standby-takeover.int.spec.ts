import { freshStream, sampleEvents } from '@setu/event-store/testing';
import type { Projection, ProjectionRunner } from '@setu/projections';
import { eventually, readTally, tallyProjection, useRunnerHarness } from '@setu/projections/testing';
import { Registry } from 'prom-client';

const harness = useRunnerHarness();
const { db } = harness;

// Two instances of one projection on one database, as two processes would run it.
describe('one active instance per projection', () => {
  const instance = (projection: Projection, registry: Registry): ProjectionRunner =>
    harness.runner({ projections: [projection], registry });
  const append = (count: number) => harness.store.append(freshStream('takeover'), sampleEvents(count), 'no_stream');
  const tallied = (rows: number) => eventually(() => readTally(db.pool), (state) => state.rows >= rows);
  const stateOf = (runner: ProjectionRunner) => runner.status()[0]?.state;
  const active = (registry: Registry) => registry.getSingleMetric('setu_projection_active')?.get();
  const lockHolder = async (): Promise<number | undefined> =>
    (
      await db.pool.query<{ pid: number }>(
        `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid = $1::int4::oid`,
        [0x5e70],
      )
    ).rows[0]?.pid;

  it('takes over from the checkpoint when the holder dies mid-batch or stops, applying nothing twice', async () => {
    let hold: Promise<void> | undefined = undefined;
    let entered = (): void => undefined;
    const inFlight = new Promise<void>((resolve) => (entered = resolve));
    let release = (): void => undefined;
    // The first instance can be made to stall inside a batch transaction, after reading its events.
    const first = instance(tallyProjection({ categories: ['takeover'], beforeApply: async () => {
      if (hold === undefined) return;
      entered();
      await hold;
    } }), new Registry());
    const secondRegistry = new Registry();
    const second = instance(tallyProjection({ categories: ['takeover'] }), secondRegistry);

    await first.start();
    await eventually(async () => stateOf(first), (state) => state === 'live');
    await second.start();
    await append(20);
    expect(await tallied(20)).toEqual({ rows: 20, total: 20, maxApplied: 1 });
    expect(stateOf(second)).toBe('standby');
    expect((await active(secondRegistry))?.values[0]?.value).toBe(0);

    hold = new Promise((resolve) => (release = resolve));
    await append(15);
    await inFlight;
    // The holder's process "dies": its session goes, its open batch is rolled back, its lock released.
    const pid = await lockHolder();
    await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
    expect(await tallied(35)).toEqual({ rows: 35, total: 35, maxApplied: 1 });
    expect(await eventually(async () => stateOf(second), (state) => state === 'live')).toBe('live');
    release();
    await eventually(async () => stateOf(first), (state) => state === 'standby');
    expect((await active(secondRegistry))?.values[0]?.value).toBe(1);

    await second.stop();
    await eventually(async () => stateOf(first), (state) => state === 'live');
    await append(5);
    expect(await tallied(40)).toEqual({ rows: 40, total: 40, maxApplied: 1 });
  });
});
