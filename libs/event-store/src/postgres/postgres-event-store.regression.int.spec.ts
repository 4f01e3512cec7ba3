import { useTestDatabase } from '@setu/postgres/testing';
import { freshStream, sampleEvent, sampleEvents } from '@setu/event-store/testing';
import type { RecordedEvent } from '../event';
import { START, comparePositions } from '../event';
import { ConcurrencyError } from '../errors';
import { PostgresEventStore } from './postgres-event-store';
import { APPEND } from './queries';

const db = useTestDatabase();
let store: PostgresEventStore;
beforeAll(() => {
  store = new PostgresEventStore(db.pool, { pollIntervalMs: 100 });
});
afterAll(() => store.close());

async function readEverything(): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  let position = START;
  for (;;) {
    const page = await store.readAll(position, { limit: 500 });
    if (page.events.length === 0) return all;
    all.push(...page.events);
    position = page.position;
  }
}

describe('PostgreSQL event store under concurrency', () => {
  it('gives every revision exactly one winner among 50 racing writers', async () => {
    const stream = freshStream('race');
    const writers = Array.from({ length: 50 }, (_, writer) => async () => {
      const wins: number[] = [];
      let conflicts = 0;
      while (wins.length < 3) {
        const { revision } = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
        const expected = revision < 0 ? 'no_stream' : revision;
        try {
          const result = await store.append(stream, [sampleEvent('race.Step', { writer })], expected);
          wins.push(result.nextExpectedRevision);
        } catch (error) {
          if (!(error instanceof ConcurrencyError)) throw error;
          expect(error.actual).not.toBe(expected);
          conflicts += 1;
        }
      }
      return { writer, wins, conflicts };
    });
    const results = await Promise.all(writers.map((write) => write()));

    const winners = results.flatMap((r) => r.wins).sort((a, b) => a - b);
    expect(winners).toEqual(Array.from({ length: 150 }, (_, i) => i));
    expect(results.reduce((sum, r) => sum + r.conflicts, 0)).toBeGreaterThan(0);

    const { events } = await store.readStream(stream);
    expect(events.map((e) => e.streamPosition)).toEqual(winners);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(150);
    for (const { writer, wins } of results) {
      expect(wins.map((revision) => events[revision].data.writer)).toEqual([writer, writer, writer]);
    }
  });

  it('delivers every event once, in log order, while a long transaction holds an early position', async () => {
    const before = await readEverything();
    const start = before.length ? before[before.length - 1].logPosition : START;
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribe(start, (event) => {
      delivered.push(event);
    });

    // The long transaction takes its global position first and commits last.
    const long = await db.pool.connect();
    const lateStream = freshStream('late');
    const late = sampleEvent('late.Committed');
    await long.query('BEGIN');
    await long.query({ ...APPEND.no_stream, values: [lateStream, 'late', -1, JSON.stringify([{ ...late, occurredAt: late.occurredAt.toISOString() }])] });

    const early = freshStream('early');
    for (let i = 0; i < 10; i += 1) await store.append(early, [sampleEvent('early.Committed', { i })], i === 0 ? 'no_stream' : i - 1);
    await waitUntil(() => delivered.length > 0, 400);
    // Nothing may pass the open transaction: that would leave its event behind the cursor.
    expect(delivered).toEqual([]);

    await long.query('COMMIT');
    long.release();
    await waitUntil(() => delivered.length === 11, 10000);
    await subscription.stop();

    expect(delivered.map((e) => e.streamId)).toEqual([lateStream, ...Array(10).fill(early)]);
    expect(new Set(delivered.map((e) => e.eventId)).size).toBe(11);
    const global = delivered.map((e) => e.globalPosition);
    expect(global[0]).toBeLessThan(global[1]);
    for (let i = 1; i < delivered.length; i += 1) {
      expect(comparePositions(delivered[i - 1].logPosition, delivered[i].logPosition)).toBeLessThan(0);
    }
    expect((await readEverything()).slice(before.length).map((e) => e.eventId)).toEqual(delivered.map((e) => e.eventId));
  });

  it('keeps a retried append with the same event id single, even when the retries race', async () => {
    const stream = freshStream('retry');
    const batch = sampleEvents(2);
    const results = await Promise.all(Array.from({ length: 8 }, () => store.append(stream, batch, 'any')));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(results[0].nextExpectedRevision).toBe(1);
    const { events } = await store.readStream(stream);
    expect(events.map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
  });

  it('writes nothing when a batch fails inside the database', async () => {
    const stream = freshStream('atomic');
    await store.append(stream, [sampleEvent()], 'no_stream');
    // Past the TypeScript checks, straight into the function: the third event repeats the second's id.
    const [a, b] = sampleEvents(2).map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() }));
    const batch = JSON.stringify([a, b, { ...b, type: 'atomic.Third' }]);
    await expect(db.pool.query({ ...APPEND.revision, values: [stream, 'atomic', 0, batch] })).rejects.toMatchObject({ code: '23505' });
    const read = await store.readStream(stream);
    expect(read.revision).toBe(0);
    expect(read.events).toHaveLength(1);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}
