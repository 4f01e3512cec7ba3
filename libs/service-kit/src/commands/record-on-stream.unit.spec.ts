import type { Principal } from '@setu/access';
import { CommandRejected, type Command, type Decider, type Event } from '@setu/decider';
import { ConcurrencyError, InMemoryEventStore } from '@setu/event-store';
import type { CallerContext } from '../caller/caller-context';
import { ownEvents } from './own-events';
import { recordOnStream } from './record-on-stream';
import type { StreamWriter } from './stream-writer';

type Note = Command<'Note', { text: string }>;
type Noted = Event<'test.Noted', { text: string }>;

// One note per stream: a second one is a conflict of the domain.
const notes: Decider<Note, Noted, number> = {
  initialState: () => 0,
  evolve: (count) => count + 1,
  decide: (command, count) => {
    if (count > 0) throw new CommandRejected('ALREADY_NOTED', 'conflict', 'This stream already has its note.');
    return [{ type: 'test.Noted', data: { text: command.data.text } }];
  },
};

const principal: Principal = { userId: 'user-1', orgId: 'org-1', role: 'caseworker', states: ['RJ', 'BR'], districts: [] };
const caller = (more: Partial<CallerContext> = {}): CallerContext => ({ principal, correlationId: 'corr-1', ...more });
const note = (text: string): Note => ({ type: 'Note', data: { text }, occurredAt: new Date('2026-03-10T05:00:00.000Z') });

describe('recordOnStream', () => {
  let store: InMemoryEventStore;
  let writer: StreamWriter;
  beforeEach(() => {
    let n = 0;
    store = new InMemoryEventStore();
    writer = { store, ids: { newId: () => `01960000-0000-7000-8000-${String(++n).padStart(12, '0')}` }, source: 'setu.test' };
  });
  afterEach(() => store.close());

  it('appends what the decider decides, with the caller, the source and the state in the metadata', async () => {
    const result = await recordOnStream(writer, notes, 'note-1', note('first'), caller({ idempotencyKey: 'key-1' }), { jurisdiction: 'BR' });
    expect(result.nextExpectedRevision).toBe(0);
    const [recorded] = (await store.readStream('note-1')).events;
    expect(recorded).toMatchObject({
      type: 'test.Noted',
      data: { text: 'first' },
      metadata: {
        actor: { userId: 'user-1', orgId: 'org-1', role: 'caseworker' },
        jurisdiction: 'BR',
        correlationId: 'corr-1',
        causationId: 'corr-1',
        source: 'setu.test',
        idempotencyKey: 'key-1',
      },
    });
    expect(ownEvents((await store.readStream('note-1')).events)).toEqual([
      { type: 'test.Noted', data: { text: 'first' }, occurredAt: new Date('2026-03-10T05:00:00.000Z'), schemaVersion: 1 },
    ]);
  });

  it('takes the state from the caller when the command does not say, and refuses a token that covers neither', async () => {
    await recordOnStream(writer, notes, 'note-2', note('a'), caller({ jurisdiction: 'RJ' }));
    expect((await store.readStream('note-2')).events[0]?.metadata.jurisdiction).toBe('RJ');
    await expect(recordOnStream(writer, notes, 'note-3', note('a'), caller())).rejects.toMatchObject({ code: 'JURISDICTION_REQUIRED' });
  });

  it('decides only on the revision of If-Match, and -1 only while the stream has no event', async () => {
    await recordOnStream(writer, notes, 'note-4', note('a'), caller({ expectedRevision: -1, jurisdiction: 'RJ' }));
    await expect(recordOnStream(writer, notes, 'note-4', note('b'), caller({ expectedRevision: -1, jurisdiction: 'RJ' }))).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    await expect(recordOnStream(writer, notes, 'note-5', note('b'), caller({ expectedRevision: 3, jurisdiction: 'RJ' }))).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
  });

  it('lets the command override If-Match, as a command that opens its stream does', async () => {
    await recordOnStream(writer, notes, 'note-6', note('a'), caller({ expectedRevision: 0, jurisdiction: 'RJ' }), { expectedRevision: 'no_stream' });
    expect((await store.readStream('note-6')).revision).toBe(0);
  });

  it('passes the decider\'s CommandRejected through and writes nothing', async () => {
    await recordOnStream(writer, notes, 'note-7', note('a'), caller({ jurisdiction: 'RJ' }));
    await expect(recordOnStream(writer, notes, 'note-7', note('b'), caller({ jurisdiction: 'RJ' }))).rejects.toMatchObject({
      name: 'CommandRejected',
      code: 'ALREADY_NOTED',
      category: 'conflict',
    });
    expect((await store.readStream('note-7')).revision).toBe(0);
  });
});
