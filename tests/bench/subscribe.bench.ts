// npm run bench:subscribe — catch-up rate of subscribe over 1,000,000 stored events (beside a raw
// keyset scan of the same table) and live delivery lag from append to handler at 1,000 appends/s.
import type { LogPosition } from '@setu/event-store';
import { PostgresEventStore, START } from '@setu/event-store';
import { createPool } from '@setu/postgres';
import { sampleEvent } from '@setu/event-store/testing';
import { randomUUID } from 'node:crypto';
import { benchDatabase, fmt, percentile, withBenchPostgres } from './bench-kit';

const STORED = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const LIVE_RATE = 1000;
const LIVE_SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 10);

// Seeded in one statement (1M appends one by one would take minutes and measure nothing here).
const SEED = `
  INSERT INTO setu_events (stream_id, stream_position, category, event_id, type, schema_version, occurred_at, data, metadata)
  SELECT 'seed-' || (g / 100), g % 100, 'seed', gen_random_uuid(), 'bench.Seeded', 1, now(),
         jsonb_build_object('i', g, 'district', 'RJ-JPR', 'stage', 'rescued'), $2::jsonb
    FROM generate_series(0, $1 - 1) g`;

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

void withBenchPostgres(async () => {
  const db = await benchDatabase();
  const store = new PostgresEventStore(db.pool);
  console.log(`seeding ${STORED} events...`);
  await db.pool.query(SEED, [STORED, JSON.stringify(sampleEvent().metadata)]);
  await db.pool.query('VACUUM ANALYZE setu_events');

  // Baseline: the fastest plain read of the same rows with pg, keyset-paged by global position.
  let rawStart = process.hrtime.bigint();
  let rawCount = 0;
  for (let after = 0; ; ) {
    const { rows } = await db.pool.query<{ global_position: string }>(
      'SELECT global_position, event_id, type, stream_id, stream_position, occurred_at, recorded_at, data, metadata FROM setu_events WHERE global_position > $1 ORDER BY global_position LIMIT 1000',
      [after],
    );
    if (rows.length === 0) break;
    rawCount += rows.length;
    after = Number(rows[rows.length - 1].global_position);
  }
  const raw = rawCount / seconds(rawStart);

  const catchUpStart = process.hrtime.bigint();
  let caught = 0;
  const head = await new Promise<LogPosition>((resolve, reject) => {
    const subscription = store.subscribe(START, () => {
      caught += 1;
      if (caught === STORED) void subscription.stop().then(() => resolve(subscription.position), reject);
    });
    subscription.done.catch(reject);
  });
  const catchup = caught / seconds(catchUpStart);
  console.log(`catch-up over ${STORED} events: subscribe=${fmt(catchup)}/s raw keyset scan=${fmt(raw)}/s`);

  // Live: appends paced at LIVE_RATE by 4 writers; lag is measured from just before append to the
  // handler. The subscriber has its own pool and store, so it is woken only by LISTEN/NOTIFY, as a
  // projection in another process would be.
  const lags: number[] = [];
  const total = LIVE_RATE * LIVE_SECONDS;
  const readerPool = createPool(db.url);
  const reader = new PostgresEventStore(readerPool);
  const live = reader.subscribe(head, (event) => {
    const sentAt = event.data.sentAt as number;
    lags.push(performance.timeOrigin + performance.now() - sentAt);
  }, { categories: ['live'] });
  rawStart = process.hrtime.bigint();
  const writers = 4;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = w; i < total; i += writers) {
        const due = Number(rawStart) / 1e6 + (i * 1000) / LIVE_RATE;
        const wait = due - Number(process.hrtime.bigint()) / 1e6;
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const event = sampleEvent('live.Appended', { sentAt: performance.timeOrigin + performance.now() });
        await store.append(`live-${randomUUID()}`, [event], 'no_stream');
      }
    }),
  );
  const achieved = total / seconds(rawStart);
  while (lags.length < total) await new Promise((r) => setTimeout(r, 20));
  await live.stop();
  await reader.close();
  await readerPool.end();
  await store.close();
  await db.drop();
  const p99 = percentile(lags, 99);
  console.log(`live: ${total} appends at ${fmt(achieved)}/s, lag p50=${percentile(lags, 50).toFixed(1)}ms p99=${p99.toFixed(1)}ms max=${Math.max(...lags).toFixed(1)}ms`);
  console.log(`subscribe: catchup=${fmt(catchup)}/s lag_p99=${fmt(p99)}ms`);
});

