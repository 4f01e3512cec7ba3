// npm run bench:append — Setu's append against a raw pg insert loop and Emmett's PostgreSQL store,
// same embedded PostgreSQL, same load: 8 writers, single-event appends with an expected revision.
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { PostgresEventStore } from '@setu/event-store';
import { sampleEvent } from '@setu/event-store/testing';
import { randomUUID } from 'node:crypto';
import { benchDatabase, fmt, median, ratio, throughput, withBenchPostgres } from './bench-kit';

const WRITERS = 8;
const STREAMS = 2000;
const APPENDS_PER_WRITER = Number(process.env.BENCH_APPENDS ?? 1500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const payload = sampleEvent('bench.Recorded', { district: 'RJ-JPR', stage: 'rescued' });

/** Each writer owns the streams s ≡ writer (mod WRITERS) and knows their revisions. */
function streamsOf(round: string, writer: number): Array<{ id: string; revision: number }> {
  const own: Array<{ id: string; revision: number }> = [];
  for (let s = writer; s < STREAMS; s += WRITERS) own.push({ id: `bench-${round}-${s}`, revision: -1 });
  return own;
}

async function setuRate(batch: number): Promise<number> {
  const db = await benchDatabase();
  const store = new PostgresEventStore(db.pool);
  const round = randomUUID();
  const owned = Array.from({ length: WRITERS }, (_, w) => streamsOf(round, w));
  const perWriter = Math.ceil(APPENDS_PER_WRITER / batch);
  const rate = await throughput(WRITERS, perWriter, async (writer, i) => {
    const stream = owned[writer][i % owned[writer].length];
    const events = Array.from({ length: batch }, () => ({ ...payload, eventId: randomUUID() }));
    const result = await store.append(stream.id, events, stream.revision < 0 ? 'no_stream' : stream.revision);
    stream.revision = result.nextExpectedRevision;
  });
  await store.close();
  await db.drop();
  return rate * batch;
}

/** The floor: one plain INSERT per event of the same envelope, with only the unique (stream, position). */
async function rawRate(): Promise<number> {
  const db = await benchDatabase();
  await db.pool.query(`CREATE TABLE raw_events (id bigserial PRIMARY KEY, stream text NOT NULL, position bigint NOT NULL,
    event_id uuid NOT NULL, type text NOT NULL, occurred_at timestamptz NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL,
    UNIQUE (stream, position))`);
  const round = randomUUID();
  const owned = Array.from({ length: WRITERS }, (_, w) => streamsOf(round, w));
  const [data, metadata] = [JSON.stringify(payload.data), JSON.stringify(payload.metadata)];
  const rate = await throughput(WRITERS, APPENDS_PER_WRITER, async (writer, i) => {
    const stream = owned[writer][i % owned[writer].length];
    stream.revision += 1;
    await db.pool.query(
      'INSERT INTO raw_events (stream, position, event_id, type, occurred_at, data, metadata) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [stream.id, stream.revision, randomUUID(), payload.type, payload.occurredAt, data, metadata],
    );
  });
  await db.drop();
  return rate;
}

async function emmettRate(): Promise<number> {
  const db = await benchDatabase();
  const store = getPostgreSQLEventStore(db.url);
  await store.schema.migrate();
  const round = randomUUID();
  const owned = Array.from({ length: WRITERS }, (_, w) => streamsOf(round, w));
  const rate = await throughput(WRITERS, APPENDS_PER_WRITER, async (writer, i) => {
    const stream = owned[writer][i % owned[writer].length];
    const result = await store.appendToStream(stream.id, [{ type: payload.type, data: payload.data }], {
      expectedStreamVersion: BigInt(stream.revision + 1), // Emmett counts events: 0n is a new stream
    });
    stream.revision = Number(result.nextExpectedStreamVersion) - 1;
  });
  await store.close();
  await db.drop();
  return rate;
}

void withBenchPostgres(async () => {
  const results = { setu: [] as number[], raw: [] as number[], emmett: [] as number[], batch10: [] as number[] };
  // Interleaved rounds, so a slow moment of the machine falls on every contender alike.
  for (let round = 1; round <= ROUNDS; round += 1) {
    results.raw.push(await rawRate());
    results.setu.push(await setuRate(1));
    results.emmett.push(await emmettRate());
    results.batch10.push(await setuRate(10));
    console.log(`round ${round}: raw=${fmt(results.raw.at(-1)!)} setu=${fmt(results.setu.at(-1)!)} emmett=${fmt(results.emmett.at(-1)!)} batch10=${fmt(results.batch10.at(-1)!)}`);
  }
  const [setu, raw, emmett, batch10] = [results.setu, results.raw, results.emmett, results.batch10].map(median);
  console.log(`${WRITERS} writers, ${STREAMS} streams, ${APPENDS_PER_WRITER} appends per writer, median of ${ROUNDS} rounds`);
  console.log(
    `append events/s: setu=${fmt(setu)} raw=${fmt(raw)} emmett=${fmt(emmett)} setu/emmett=${ratio(setu, emmett)} setu/raw=${ratio(setu, raw)} batch10=${fmt(batch10)}`,
  );
});
