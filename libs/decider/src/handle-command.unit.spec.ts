import type { EventMetadata } from '@setu/contracts';
import type { AppendResult, ExpectedRevision, NewEvent, RecordedEvent } from '@setu/event-store';
import { ConcurrencyError, InMemoryEventStore, InvalidEventError } from '@setu/event-store';
import type { CaseCommand, CaseEvent, CaseState } from './fixtures/sample-case.decider';
import { IllegalStateError, sampleCaseDecider } from './fixtures/sample-case.decider';
import type { Decider } from './decider';
import { handleCommand } from './handle-command';

const stream = 'sample-c1';
const occurredAt = new Date('2026-02-01T10:00:00.000Z');
const metadata: EventMetadata = {
  actor: { userId: 'u1', orgId: 'o1', role: 'caseworker' },
  jurisdiction: 'RJ',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  source: 'setu.sample',
};
const open: CaseCommand = { type: 'OpenCase', data: { caseId: 'c1', reference: 'RJ-JPR-2026-00042' }, occurredAt };
const close: CaseCommand = { type: 'CloseCase', data: {}, occurredAt };
const note = (text: string, writtenAt?: Date): CaseCommand => ({ type: 'RecordNote', data: { text, writtenAt }, occurredAt });

/** The in-memory store, with writes by another writer slipped in just before some of ours. */
class RacedStore extends InMemoryEventStore {
  readonly appendCalls: ExpectedRevision[] = [];
  private rivals: { count: number; events: () => NewEvent[] } = { count: 0, events: () => [] };

  constructor() {
    super(() => new Date('2026-02-02T00:00:00.000Z'));
  }

  /** Before each of our next `count` appends, another writer appends `events()` to the stream. */
  raceNext(count: number, events: () => NewEvent[]): void {
    this.rivals = { count, events };
  }

  override async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.appendCalls.push(expected);
    if (this.rivals.count > 0) {
      this.rivals.count -= 1;
      await super.append(streamId, this.rivals.events(), 'any');
    }
    return super.append(streamId, events, expected);
  }
}

let nextId = 0;
const newEventId = (): string => `00000000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`;
const options = { newEventId, metadata };

function rivalNote(text: string): () => NewEvent[] {
  return () => [
    { eventId: newEventId(), type: 'sample.NoteRecorded', schemaVersion: 1, occurredAt, data: { caseId: 'c1', text }, metadata },
  ];
}

function countingDecides(): { decider: Decider<CaseCommand, CaseEvent, CaseState>; states: CaseState[] } {
  const states: CaseState[] = [];
  const decider = {
    ...sampleCaseDecider,
    decide: (command: CaseCommand, state: CaseState) => {
      states.push(state);
      return sampleCaseDecider.decide(command, state);
    },
  };
  return { decider, states };
}

async function storedEvents(store: InMemoryEventStore): Promise<readonly RecordedEvent[]> {
  return (await store.readStream(stream)).events;
}

let store: RacedStore;
beforeEach(() => {
  nextId = 0;
  store = new RacedStore();
});
afterEach(() => store.close());

describe('handleCommand', () => {
  it('creates the stream with no_stream and fills the envelope from the command and options', async () => {
    const result = await handleCommand(store, sampleCaseDecider, stream, open, options);

    expect(result).toEqual({
      newEvents: [{ type: 'sample.CaseOpened', data: { caseId: 'c1', reference: 'RJ-JPR-2026-00042' } }],
      newState: { status: 'open', caseId: 'c1', notes: 0 },
      nextExpectedRevision: 0,
      logPosition: { commit: 1, prepare: 1 },
    });
    expect(store.appendCalls).toEqual(['no_stream']);
    const [stored] = await storedEvents(store);
    expect(stored).toMatchObject({
      eventId: '00000000-0000-4000-8000-000000000001',
      type: 'sample.CaseOpened',
      schemaVersion: 1,
      occurredAt,
      metadata,
      streamPosition: 0,
    });
  });

  it('folds the stream, appends with the revision read, and takes occurredAt and schemaVersion from the event', async () => {
    await handleCommand(store, sampleCaseDecider, stream, open, options);
    const writtenAt = new Date('2026-01-20T08:00:00.000Z');
    await handleCommand(store, sampleCaseDecider, stream, note('seen by CWC', writtenAt), options);
    const result = await handleCommand(store, sampleCaseDecider, stream, close, options);

    expect(result.newState).toEqual({ status: 'closed', caseId: 'c1', notes: 1 });
    expect(result.nextExpectedRevision).toBe(2);
    expect(store.appendCalls).toEqual(['no_stream', 0, 1]);
    const [, noted, closed] = await storedEvents(store);
    expect(noted).toMatchObject({ occurredAt: writtenAt, schemaVersion: 1 });
    expect(closed).toMatchObject({ occurredAt, schemaVersion: 2, data: { caseId: 'c1', notes: 1 } });
  });

  it('writes nothing when the decider decides nothing', async () => {
    await handleCommand(store, sampleCaseDecider, stream, open, options);
    await handleCommand(store, sampleCaseDecider, stream, close, options);

    const result = await handleCommand(store, sampleCaseDecider, stream, close, options);

    expect(result).toEqual({ newEvents: [], newState: { status: 'closed', caseId: 'c1', notes: 0 }, nextExpectedRevision: 1 });
    expect(store.appendCalls).toHaveLength(2);
  });

  it('passes a domain error through unchanged and writes nothing', async () => {
    const rejected = handleCommand(store, sampleCaseDecider, stream, note('no case yet'), options);

    await expect(rejected).rejects.toThrow(IllegalStateError);
    await expect(rejected).rejects.toMatchObject({ code: 'ILLEGAL_STATE', message: 'notes go on an open case' });
    expect(store.appendCalls).toEqual([]);
    expect((await store.readStream(stream)).exists).toBe(false);
  });

  it('does not retry an error of the store other than a conflict', async () => {
    await handleCommand(store, sampleCaseDecider, stream, open, options);
    const badId = { ...options, newEventId: () => 'not-a-uuid' };

    await expect(handleCommand(store, sampleCaseDecider, stream, close, badId)).rejects.toThrow(InvalidEventError);
    expect(store.appendCalls).toHaveLength(2);
  });

  it('upcasts stored events before folding them', async () => {
    await handleCommand(store, sampleCaseDecider, stream, open, options);
    await store.append(stream, rivalNote('old shape')(), 0);
    const upcast = jest.fn((e: RecordedEvent) => ({ type: e.type, data: e.data }) as CaseEvent);

    const result = await handleCommand(store, sampleCaseDecider, stream, close, { ...options, upcast });

    expect(upcast).toHaveBeenCalledTimes(2);
    expect(result.newEvents).toEqual([{ type: 'sample.CaseClosed', data: { caseId: 'c1', notes: 1 }, schemaVersion: 2 }]);
  });
});

describe('handleCommand on a conflict', () => {
  beforeEach(() => handleCommand(store, sampleCaseDecider, stream, open, options));

  it('re-reads and decides again on the fresh state when another writer appended first', async () => {
    const { decider, states } = countingDecides();
    store.raceNext(1, rivalNote('written meanwhile'));

    const result = await handleCommand(store, decider, stream, close, options);

    expect(states).toEqual([
      { status: 'open', caseId: 'c1', notes: 0 },
      { status: 'open', caseId: 'c1', notes: 1 },
    ]);
    expect(store.appendCalls).toEqual(['no_stream', 0, 1]);
    expect(result.newEvents).toEqual([{ type: 'sample.CaseClosed', data: { caseId: 'c1', notes: 1 }, schemaVersion: 2 }]);
    expect(result.nextExpectedRevision).toBe(2);
    expect((await storedEvents(store)).map((e) => e.type)).toEqual([
      'sample.CaseOpened',
      'sample.NoteRecorded',
      'sample.CaseClosed',
    ]);
  });

  it('gives up after three retries by default and surfaces the last conflict', async () => {
    const { decider, states } = countingDecides();
    store.raceNext(Number.POSITIVE_INFINITY, rivalNote('always first'));

    const failed = handleCommand(store, decider, stream, close, options);

    await expect(failed).rejects.toThrow(ConcurrencyError);
    await expect(failed).rejects.toMatchObject({ streamId: stream, expected: 3, actual: 4 });
    expect(states).toHaveLength(4);
    expect((await storedEvents(store)).map((e) => e.type)).not.toContain('sample.CaseClosed');
  });

  it('honours a smaller bound, and none at all with maxRetries 0', async () => {
    store.raceNext(Number.POSITIVE_INFINITY, rivalNote('always first'));
    const once = countingDecides();
    await expect(handleCommand(store, once.decider, stream, close, { ...options, maxRetries: 1 })).rejects.toThrow(ConcurrencyError);
    expect(once.states).toHaveLength(2);

    const never = countingDecides();
    await expect(handleCommand(store, never.decider, stream, close, { ...options, maxRetries: 0 })).rejects.toThrow(ConcurrencyError);
    expect(never.states).toHaveLength(1);
  });

  it('with If-Match, rejects a stale revision before deciding', async () => {
    await handleCommand(store, sampleCaseDecider, stream, note('first'), options);
    const { decider, states } = countingDecides();

    const stale = handleCommand(store, decider, stream, close, { ...options, expectedRevision: 0 });

    await expect(stale).rejects.toThrow(ConcurrencyError);
    await expect(stale).rejects.toMatchObject({ expected: 0, actual: 1 });
    expect(states).toEqual([]);
    expect(store.appendCalls).toHaveLength(2);
  });

  it('with If-Match, surfaces a conflict between read and append without retrying', async () => {
    const { decider, states } = countingDecides();
    store.raceNext(1, rivalNote('written meanwhile'));

    const raced = handleCommand(store, decider, stream, close, { ...options, expectedRevision: 0 });

    await expect(raced).rejects.toMatchObject({ name: 'ConcurrencyError', expected: 0, actual: 1 });
    expect(states).toHaveLength(1);
    expect(store.appendCalls).toEqual(['no_stream', 0]);
  });

  it('does not retry a conflict on an expectation the caller named, like no_stream', async () => {
    const { decider, states } = countingDecides();
    store.raceNext(1, rivalNote('created meanwhile'));
    const other: CaseCommand = { ...open, data: { caseId: 'c2', reference: 'RJ-JPR-2026-00043' } };

    const raced = handleCommand(store, decider, 'sample-c2', other, { ...options, expectedRevision: 'no_stream' });

    await expect(raced).rejects.toMatchObject({ name: 'ConcurrencyError', expected: 'no_stream', actual: 0 });
    expect(states).toHaveLength(1);
  });

  it('with If-Match on the current revision, appends with it', async () => {
    const result = await handleCommand(store, sampleCaseDecider, stream, close, { ...options, expectedRevision: 0 });

    expect(result.nextExpectedRevision).toBe(1);
    expect(store.appendCalls).toEqual(['no_stream', 0]);
  });

  it('reads If-Match "-1" (the ETag of a view with no events) as no_stream: refused once the stream has events', async () => {
    const { decider, states } = countingDecides();
    const other: CaseCommand = { ...open, data: { caseId: 'c3', reference: 'RJ-JPR-2026-00044' } };
    const first = await handleCommand(store, sampleCaseDecider, 'sample-c3', other, { ...options, expectedRevision: -1 });
    expect(first.nextExpectedRevision).toBe(0);

    const again = handleCommand(store, decider, 'sample-c3', other, { ...options, expectedRevision: -1 });
    await expect(again).rejects.toMatchObject({ name: 'ConcurrencyError', expected: 'no_stream', actual: 0 });
    expect(states).toEqual([]);
  });
});
