import type { RecordedEvent } from '@setu/event-store';
import { freshStream, sampleEvents } from '@setu/event-store/testing';
import type { Projection, ProjectionRunner } from '@setu/projections';
import type { TallyOptions } from '@setu/projections/testing';
import { eventually, readTally, tallyProjection, useRunnerHarness } from '@setu/projections/testing';
import { randomBytes } from 'node:crypto';
import { Registry } from 'prom-client';

const harness = useRunnerHarness();
const { db } = harness;

interface CheckpointRow {
  commit_position: string;
  prepare_position: string;
  version: number;
  status: string;
  last_error: string | null;
  failed_event_id: string | null;
}

describe('ProjectionRunner', () => {
  let category: string;
  const logged: unknown[] = [];
  const logger = {
    info: (fields: object, message: string) => logged.push({ ...fields, message }),
    warn: (fields: object, message: string) => logged.push({ ...fields, message }),
    error: (fields: object, message: string) => logged.push({ ...fields, message }),
  };

  beforeEach(() => {
    category = `t${randomBytes(4).toString('hex')}`;
    logged.length = 0;
  });
  afterEach(async () => {
    await harness.stopRunners();
    await db.pool.query(`TRUNCATE setu_test_tally, setu_test_tally_totals, setu_projection_checkpoints`);
    await db.pool.query(`INSERT INTO setu_test_tally_totals (scope, events) VALUES ('all', 0)`);
  });

  const tally = (options: TallyOptions = {}): Projection => tallyProjection({ categories: [category], ...options });
  const runner = (projection: Projection, registry?: Registry, clock?: { now(): Date }): ProjectionRunner =>
    harness.runner({
      projections: [projection],
      logger,
      ...(registry === undefined ? {} : { registry }),
      ...(clock === undefined ? {} : { clock }),
    });
  const append = async (count: number, inCategory = category): Promise<void> => {
    await harness.store.append(freshStream(inCategory), sampleEvents(count), 'no_stream');
  };
  const checkpoint = async (): Promise<CheckpointRow | undefined> =>
    (await db.pool.query<CheckpointRow>(`SELECT * FROM setu_projection_checkpoints WHERE name = 'tally'`)).rows[0];
  const eventsOfCategory = async (): Promise<readonly RecordedEvent[]> =>
    eventually(
      async () => (await harness.store.readAll({ commit: 0, prepare: 0 }, { categories: [category] })).events,
      (events) => events.length > 0,
    );
  const tallied = (rows: number) => eventually(() => readTally(db.pool), (state) => state.rows >= rows);

  it('catches up in batches, goes live, and applies each event once with its checkpoint', async () => {
    for (let i = 0; i < 5; i += 1) await append(5);
    await append(7, `${category}x`); // another category: read past, never applied
    const projections = runner(tally());
    await projections.start();

    expect(await tallied(25)).toEqual({ rows: 25, total: 25, maxApplied: 1 });
    await eventually(async () => projections.status()[0]?.state, (state) => state === 'live');
    await append(8);
    expect(await tallied(33)).toEqual({ rows: 33, total: 33, maxApplied: 1 });
    const last = (await eventsOfCategory()).at(-1) as RecordedEvent;
    const stored = await eventually(checkpoint, (row) => Number(row?.prepare_position) >= last.logPosition.prepare);
    expect(stored).toMatchObject({ version: 1, status: 'running', last_error: null, failed_event_id: null });
    expect(projections.status()[0]).toMatchObject({ name: 'tally', active: true, state: 'live' });
  });

  it('applies a batch once when the session dies after applying it and before the commit', async () => {
    let crashes = 0;
    const crashing = tally({ crashAfterApply: () => (crashes += 1) === 2 });
    await append(30);
    await runner(crashing).start();

    expect(await tallied(30)).toEqual({ rows: 30, total: 30, maxApplied: 1 });
    expect(crashes).toBeGreaterThan(2);
    expect(logged).toContainEqual(expect.objectContaining({ message: 'projection lost its database session; standing by' }));
  });

  it('commits rows and checkpoint together: a failing commit leaves neither, and the failing event is named', async () => {
    await db.pool.query(`
      CREATE FUNCTION tally_refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.type = 'test.Poison' THEN RAISE EXCEPTION 'poison for Sita Kumari' USING ERRCODE = 'P0001'; END IF;
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER tally_refuse_poison AFTER INSERT ON setu_test_tally
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tally_refuse_poison();`);
    try {
      const stream = freshStream(category);
      await harness.store.append(stream, [...sampleEvents(3), ...sampleEvents(1, 'test.Poison'), ...sampleEvents(2)], 'no_stream');
      const events = await eventsOfCategory();
      const [third, poison] = [events[2], events[3]];
      const projections = runner(tally());
      await projections.start();

      const failed = await eventually(checkpoint, (row) => row?.status === 'failed');
      expect(failed).toMatchObject({
        failed_event_id: poison.eventId,
        last_error: 'DatabaseError (P0001)',
        commit_position: String(third.logPosition.commit),
        prepare_position: String(third.logPosition.prepare),
      });
      expect(await readTally(db.pool)).toEqual({ rows: 3, total: 3, maxApplied: 1 });
      expect(projections.status()[0]).toMatchObject({ state: 'failed', active: true, failure: { eventId: poison.eventId } });

      await db.pool.query('DROP TRIGGER tally_refuse_poison ON setu_test_tally');
      await projections.retry('tally');
      expect(await tallied(6)).toEqual({ rows: 6, total: 6, maxApplied: 1 });
      expect(await eventually(checkpoint, (row) => row?.status === 'running')).toMatchObject({ last_error: null, failed_event_id: null });
    } finally {
      await db.pool.query('DROP TRIGGER IF EXISTS tally_refuse_poison ON setu_test_tally; DROP FUNCTION IF EXISTS tally_refuse_poison()');
    }
  });

  it('stops on a failing event, records its id and the error class and code only, and resumes after a fix', async () => {
    await append(10);
    const events = await eventually(eventsOfCategory, (all) => all.length === 10);
    const broken = runner(tally({ refuse: (event) => event.data.i === 4 }));
    const registry = new Registry();
    const fixed = runner(tally(), registry);
    await broken.start();
    const failed = await eventually(checkpoint, (row) => row?.status === 'failed');
    await fixed.start();

    expect(failed).toMatchObject({
      failed_event_id: events[4]?.eventId,
      last_error: 'TallyRefusedError (TALLY_REFUSED)',
      prepare_position: String(events[3]?.logPosition.prepare),
    });
    expect(await readTally(db.pool)).toEqual({ rows: 4, total: 4, maxApplied: 1 });
    // The failed instance keeps the lock: the fixed one stands by rather than racing it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fixed.status()[0]).toMatchObject({ state: 'standby', active: false });
    expect(await metric(registry, 'setu_projection_failed')).toBe(1);
    expect(JSON.stringify([logged, await checkpoint()])).not.toContain('Sita');
    expect(logged).toContainEqual(
      expect.objectContaining({ eventId: events[4]?.eventId, error: 'TallyRefusedError (TALLY_REFUSED)', projection: 'tally' }),
    );

    await broken.stop(); // the restart that brings the fix: the standby takes over from the checkpoint
    expect(await tallied(10)).toEqual({ rows: 10, total: 10, maxApplied: 1 });
    expect(await eventually(checkpoint, (row) => row?.status === 'running')).toMatchObject({ failed_event_id: null });
    expect(await metric(registry, 'setu_projection_failed')).toBe(0);
  });

  it('reports lag in events and seconds until caught up', async () => {
    await append(5);
    const events = await eventually(eventsOfCategory, (all) => all.length === 5);
    const oldest = Math.min(...events.map((e) => e.recordedAt.getTime()));
    const registry = new Registry();
    const projections = runner(tally(), registry, { now: () => new Date(oldest + 42_000) });

    expect(await metric(registry, 'setu_projection_lag_events')).toBe(5);
    expect(await metric(registry, 'setu_projection_lag_seconds')).toBe(42);
    expect(await metric(registry, 'setu_projection_active')).toBe(0);

    await projections.start();
    await tallied(5);
    expect(await eventually(() => metric(registry, 'setu_projection_lag_events'), (lag) => lag === 0)).toBe(0);
    expect(await metric(registry, 'setu_projection_lag_seconds')).toBe(0);
    expect(await metric(registry, 'setu_projection_active')).toBe(1);
    expect(await metric(registry, 'setu_projection_events_applied_total')).toBe(5);
  });

  it('refuses to start when a table of the projection is missing', async () => {
    const missing = { ...tally(), name: 'missing', tables: ['setu_no_such_table'] };
    await expect(runner(missing).start()).rejects.toThrow('projection "missing": table setu_no_such_table does not exist');
  });
});

async function metric(registry: Registry, name: string): Promise<number | undefined> {
  const values = (await registry.getSingleMetric(name)?.get())?.values ?? [];
  return values.find((value) => value.labels.projection === 'tally')?.value;
}
