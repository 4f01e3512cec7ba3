import type { LogPosition, RecordedEvent } from '../event';
import { START, comparePositions } from '../event';
import { ConcurrencyError, IdempotencyConflictError, InvalidEventError } from '../errors';
import type { EventStore } from '../event-store.port';
import { MAX_EVENT_BYTES } from '../validate-events';
import { freshStream, sampleEvent, sampleEvents } from './sample-events';

export interface ContractSubject {
  /** A store whose log may hold events of earlier tests: assertions must not depend on it being empty. */
  store(): EventStore;
}

/** The behaviour every EventStore adapter must show (ARCHITECTURE.md, "The event store"). */
export function eventStoreContract(name: string, subject: ContractSubject): void {
  describe(`EventStore contract: ${name}`, () => {
    const store = (): EventStore => subject.store();

    async function head(): Promise<LogPosition> {
      let position = START;
      for (;;) {
        const page = await store().readAll(position, { limit: 5000 });
        if (page.events.length === 0) return page.position;
        position = page.position;
      }
    }

    /**
     * Reads from `after` until every id in `awaited` has been seen. A store may make an event
     * visible to readAll a moment after its append returns (PostgreSQL: until older transactions
     * anywhere in the cluster end), so the contract waits rather than reads once.
     */
    async function readAllFrom(
      after: LogPosition,
      awaited: readonly string[],
      filter: { categories?: string[]; types?: string[] } = {},
    ): Promise<RecordedEvent[]> {
      const seen: RecordedEvent[] = [];
      const missing = new Set(awaited);
      const deadline = Date.now() + 10_000;
      let position = after;
      while (missing.size > 0 && Date.now() < deadline) {
        const page = await store().readAll(position, { ...filter, limit: 7 });
        seen.push(...page.events);
        page.events.forEach((e) => missing.delete(e.eventId));
        if (page.events.length === 0) await new Promise((r) => setTimeout(r, 10));
        position = page.position;
      }
      return seen;
    }

    describe('append and readStream', () => {
      it('appends a batch to a new stream and reads it back with the full envelope', async () => {
        const stream = freshStream('rescue');
        const events = [sampleEvent('rescue.OperationOpened', { district: 'RJ-JPR' }), sampleEvent('rescue.ChildIdentified')];
        const result = await store().append(stream, events, 'no_stream');
        expect(result.nextExpectedRevision).toBe(1);

        const read = await store().readStream(stream);
        expect(read).toMatchObject({ exists: true, revision: 1 });
        expect(read.events.map((e) => e.streamPosition)).toEqual([0, 1]);
        const [first] = read.events;
        expect(first).toMatchObject({
          eventId: events[0].eventId,
          type: 'rescue.OperationOpened',
          schemaVersion: 1,
          streamId: stream,
          data: { note: 'synthetic', district: 'RJ-JPR' },
          metadata: events[0].metadata,
        });
        expect(first.occurredAt.toISOString()).toBe('2026-03-14T05:30:00.000Z');
        expect(first.recordedAt).toBeInstanceOf(Date);
        expect(read.events[1].logPosition).toEqual(result.logPosition);
        expect(read.events[1].globalPosition).toBeGreaterThan(first.globalPosition);
      });

      it('generates an event id when none is given', async () => {
        const stream = freshStream();
        const { eventId: _omit, ...event } = sampleEvent();
        await store().append(stream, [event], 'any');
        const [read] = (await store().readStream(stream)).events;
        expect(read.eventId).toMatch(/^[0-9a-f-]{36}$/);
      });

      it('reads backwards, from a revision, with a limit', async () => {
        const stream = freshStream();
        await store().append(stream, sampleEvents(10), 'no_stream');
        const positions = async (options: Parameters<EventStore['readStream']>[1]): Promise<number[]> =>
          (await store().readStream(stream, options)).events.map((e) => e.streamPosition);
        expect(await positions({ fromRevision: 7 })).toEqual([7, 8, 9]);
        expect(await positions({ fromRevision: 2, maxCount: 3 })).toEqual([2, 3, 4]);
        expect(await positions({ direction: 'backwards', maxCount: 2 })).toEqual([9, 8]);
        expect(await positions({ direction: 'backwards', fromRevision: 3 })).toEqual([3, 2, 1, 0]);
        expect(await positions({ fromRevision: 20 })).toEqual([]);
      });

      it('reports a stream that was never written', async () => {
        expect(await store().readStream(freshStream())).toEqual({ exists: false, revision: -1, events: [] });
      });
    });

    describe('expected revision', () => {
      it('accepts each kind of expectation when it holds', async () => {
        const stream = freshStream();
        await store().append(stream, [sampleEvent()], 'no_stream');
        await store().append(stream, [sampleEvent()], 'stream_exists');
        await store().append(stream, [sampleEvent()], 2 - 1);
        const result = await store().append(stream, [sampleEvent()], 'any');
        expect(result.nextExpectedRevision).toBe(3);
      });

      it.each([
        ['no_stream on an existing stream', 'no_stream', 1],
        ['an old revision', 0, 1],
        ['a future revision', 5, 1],
      ] as const)('refuses %s with the actual revision', async (_label, expected, actual) => {
        const stream = freshStream();
        await store().append(stream, sampleEvents(2), 'no_stream');
        const error = await store().append(stream, [sampleEvent()], expected).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ streamId: stream, expected, actual, code: 'CONCURRENCY_CONFLICT' });
        expect((await store().readStream(stream)).revision).toBe(1);
      });

      it('refuses stream_exists and an exact revision on a missing stream, writing nothing', async () => {
        const stream = freshStream();
        for (const expected of ['stream_exists', 0] as const) {
          const error = await store().append(stream, [sampleEvent()], expected).catch((e: unknown) => e);
          expect(error).toMatchObject({ name: 'ConcurrencyError', actual: 'no_stream' });
        }
        expect((await store().readStream(stream)).exists).toBe(false);
      });
    });

    describe('idempotent retries', () => {
      it('treats a re-append of the same event ids as a no-op returning the first result', async () => {
        const stream = freshStream();
        const batch = sampleEvents(3);
        const first = await store().append(stream, batch, 'no_stream');
        const retry = await store().append(stream, batch, 'no_stream');
        expect(retry).toEqual(first);
        const again = await store().append(stream, batch, 'any');
        expect(again).toEqual(first);
        expect((await store().readStream(stream)).events).toHaveLength(3);
      });

      it('returns the first result for an earlier batch after later appends', async () => {
        const stream = freshStream();
        const batch = [sampleEvent()];
        const first = await store().append(stream, batch, 'no_stream');
        await store().append(stream, sampleEvents(2), 0);
        expect(await store().append(stream, batch, 0)).toEqual(first);
        expect((await store().readStream(stream)).revision).toBe(2);
      });

      it('refuses a batch that is only partly a retry', async () => {
        const stream = freshStream();
        const [a, b] = sampleEvents(2);
        await store().append(stream, [a], 'no_stream');
        await expect(store().append(stream, [a, b], 'any')).rejects.toBeInstanceOf(IdempotencyConflictError);
        expect((await store().readStream(stream)).revision).toBe(0);
      });

      it('lets the same event id live in two different streams', async () => {
        const event = sampleEvent();
        await store().append(freshStream(), [event], 'no_stream');
        await expect(store().append(freshStream(), [event], 'no_stream')).resolves.toMatchObject({ nextExpectedRevision: 0 });
      });
    });

    describe('malformed events', () => {
      const bad: Array<[string, () => unknown, string]> = [
        ['no type', () => ({ ...sampleEvent(), type: '' }), 'type'],
        ['a type that is not a string', () => ({ ...sampleEvent(), type: 42 }), 'type'],
        ['a BigInt in data', () => sampleEvent('test.Bad', { amount: BigInt(5) }), 'data.amount'],
        ['a function in data', () => sampleEvent('test.Bad', { fn: () => 1 }), 'data.fn'],
        ['a Date in data', () => sampleEvent('test.Bad', { at: new Date() }), 'data.at'],
        ['NaN in data', () => sampleEvent('test.Bad', { age: Number.NaN }), 'data.age'],
        ['a cycle in data', () => { const data: Record<string, unknown> = {}; data.self = data; return { ...sampleEvent(), data }; }, 'data.self'],
        ['data that is not an object', () => ({ ...sampleEvent(), data: [1, 2] }), 'data'],
        ['an invalid occurredAt', () => ({ ...sampleEvent(), occurredAt: new Date('nope') }), 'occurredAt'],
        ['a schemaVersion of 0', () => ({ ...sampleEvent(), schemaVersion: 0 }), 'schemaVersion'],
        ['an event id that is not a UUID', () => ({ ...sampleEvent(), eventId: 'abc' }), 'eventId'],
        ['data beyond the size limit', () => sampleEvent('test.Bad', { blob: 'x'.repeat(MAX_EVENT_BYTES) }), 'data'],
      ];
      it.each(bad)('rejects %s and writes nothing of the batch', async (_label, make, field) => {
        const stream = freshStream();
        const error = await store()
          .append(stream, [sampleEvent(), make() as ReturnType<typeof sampleEvent>], 'any')
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidEventError);
        expect(error).toMatchObject({ index: 1, field });
        expect((await store().readStream(stream)).exists).toBe(false);
      });

      it('rejects an empty batch and an impossible expectation', async () => {
        await expect(store().append(freshStream(), [], 'any')).rejects.toBeInstanceOf(InvalidEventError);
        await expect(store().append(freshStream(), [sampleEvent()], -3)).rejects.toBeInstanceOf(InvalidEventError);
      });
    });

    describe('readAll', () => {
      it('reads every later event once, in one order, filtered by category and type', async () => {
        const start = await head();
        const a = freshStream('alpha');
        const b = freshStream('beta');
        const ones = sampleEvents(3, 'alpha.One');
        const twos = sampleEvents(4, 'beta.Two');
        const three = sampleEvent('alpha.Three');
        await store().append(a, ones, 'no_stream');
        await store().append(b, twos, 'no_stream');
        await store().append(a, [three], 2);
        const ids = [...ones, ...twos, three].map((e) => e.eventId!);

        const all = await readAllFrom(start, ids);
        const ours = all.filter((e) => e.streamId === a || e.streamId === b);
        expect(ours.map((e) => e.eventId)).toEqual(ids);
        for (let i = 1; i < all.length; i += 1) expect(comparePositions(all[i - 1].logPosition, all[i].logPosition)).toBeLessThan(0);

        const alpha = await readAllFrom(start, [...ones, three].map((e) => e.eventId!), { categories: ['alpha'] });
        expect(alpha.filter((e) => e.streamId === a)).toHaveLength(4);
        expect(alpha.every((e) => e.streamId.startsWith('alpha-'))).toBe(true);
        const threes = await readAllFrom(start, [three.eventId!], { types: ['alpha.Three'] });
        expect(threes.map((e) => e.streamId)).toContain(a);
        expect(threes.every((e) => e.type === 'alpha.Three')).toBe(true);
      });

      it('moves its position past events the filter skipped', async () => {
        const start = await head();
        const noise = sampleEvents(5, 'noise.Event');
        await store().append(freshStream('noise'), noise, 'no_stream');
        await readAllFrom(start, noise.map((e) => e.eventId!));
        const page = await store().readAll(start, { categories: ['nothing-matches'], limit: 10 });
        expect(page.events).toEqual([]);
        expect(comparePositions(page.position, start)).toBeGreaterThan(0);
        const after = await store().readAll(page.position, { limit: 10 });
        expect(after.events.map((e) => e.eventId)).not.toContain(noise[4].eventId);
      });

      it('honours the limit', async () => {
        const start = await head();
        const five = sampleEvents(5);
        await store().append(freshStream(), five, 'no_stream');
        await readAllFrom(start, five.map((e) => e.eventId!));
        const page = await store().readAll(start, { limit: 2 });
        expect(page.events).toHaveLength(2);
        expect(page.position).toEqual(page.events[1].logPosition);
      });
    });

    describe('subscribe', () => {
      it('catches up, then delivers live appends once and in order', async () => {
        const start = await head();
        const stream = freshStream('sub');
        await store().append(stream, sampleEvents(5), 'no_stream');
        const seen: number[] = [];
        let release: () => void = () => undefined;
        const allSeen = new Promise<void>((resolve) => (release = resolve));
        const subscription = store().subscribe(
          start,
          (event) => {
            if (event.streamId !== stream) return;
            seen.push(event.streamPosition);
            if (seen.length === 12) release();
          },
          { categories: ['sub'], batchSize: 3 },
        );
        await store().append(stream, sampleEvents(4), 4);
        await store().append(stream, sampleEvents(3), 8);
        await allSeen;
        await subscription.stop();
        expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        await store().append(stream, sampleEvents(1), 11);
        expect(seen).toHaveLength(12);
      });

      it('ends with the handler\'s error instead of skipping the event', async () => {
        const start = await head();
        const stream = freshStream('failing');
        await store().append(stream, sampleEvents(3), 'no_stream');
        const handled: number[] = [];
        const subscription = store().subscribe(
          start,
          (event) => {
            if (event.streamId !== stream) return;
            if (event.streamPosition === 1) throw new Error('projection bug');
            handled.push(event.streamPosition);
          },
          { categories: ['failing'] },
        );
        await expect(subscription.done).rejects.toThrow('projection bug');
        expect(handled).toEqual([0]);
        expect(subscription.position).toEqual((await store().readStream(stream)).events[0].logPosition);
      });
    });

    describe('truncation and soft delete', () => {
      it('hides events before a revision from readStream', async () => {
        const stream = freshStream();
        await store().append(stream, sampleEvents(5), 'no_stream');
        await store().truncateBefore(stream, 3);
        const read = await store().readStream(stream);
        expect(read.events.map((e) => e.streamPosition)).toEqual([3, 4]);
        expect(read.revision).toBe(4);
        expect((await store().readStream(stream, { direction: 'backwards' })).events.map((e) => e.streamPosition)).toEqual([4, 3]);
      });

      it('soft-deletes a stream; a later append continues its revisions', async () => {
        const stream = freshStream();
        await store().append(stream, sampleEvents(3), 'no_stream');
        await expect(store().softDelete(stream, 1)).rejects.toBeInstanceOf(ConcurrencyError);
        await store().softDelete(stream, 2);
        expect((await store().readStream(stream)).exists).toBe(false);
        await expect(store().append(stream, [sampleEvent()], 'stream_exists')).rejects.toBeInstanceOf(ConcurrencyError);

        const result = await store().append(stream, [sampleEvent()], 'no_stream');
        expect(result.nextExpectedRevision).toBe(3);
        const read = await store().readStream(stream);
        expect(read).toMatchObject({ exists: true, revision: 3 });
        expect(read.events.map((e) => e.streamPosition)).toEqual([3]);
      });
    });
  });
}
