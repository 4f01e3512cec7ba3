import { given } from '@setu/decider/testing';
import type { CaseEvent, CloseCase, OpenCase, RecordNote } from '../fixtures/sample-case.decider';
import { IllegalStateError, sampleCaseDecider } from '../fixtures/sample-case.decider';

const at = new Date('2026-02-01T10:00:00.000Z');
const opened: CaseEvent = { type: 'sample.CaseOpened', data: { caseId: 'c1', reference: 'RJ-JPR-2026-00042' } };
const note: CaseEvent = { type: 'sample.NoteRecorded', data: { caseId: 'c1', text: 'seen by CWC' } };
const open: OpenCase = { type: 'OpenCase', data: { caseId: 'c1', reference: 'RJ-JPR-2026-00042' }, occurredAt: at };
const close: CloseCase = { type: 'CloseCase', data: {}, occurredAt: at };
const recordNote: RecordNote = { type: 'RecordNote', data: { text: 'late entry' }, occurredAt: at };

const decider = given(sampleCaseDecider);

describe('given(decider)(events).when(command)', () => {
  it('passes when decide returns the expected events, folded from the given ones', () => {
    decider([]).when(open).then([opened]);
    decider([opened, note, note]).when(close).then([{ type: 'sample.CaseClosed', data: { caseId: 'c1', notes: 2 }, schemaVersion: 2 }]);
    decider([opened, { type: 'sample.CaseClosed', data: { caseId: 'c1', notes: 0 } }]).when(close).then([]);
  });

  it('fails when the events differ', () => {
    expect(() => decider([opened, note]).when(close).then([{ type: 'sample.CaseClosed', data: { caseId: 'c1', notes: 0 } }])).toThrow(
      /toEqual/,
    );
    expect(() => decider([opened]).when(close).then([])).toThrow();
  });

  it('fails when decide throws instead of returning events', () => {
    expect(() => decider([]).when(recordNote).then([])).toThrow(IllegalStateError);
  });

  it('refuses to be awaited like a promise', () => {
    const then = decider([]).when(open).then as unknown as (resolve: () => void) => void;
    expect(() => then(() => undefined)).toThrow(/not a promise/);
  });
});

describe('thenThrows', () => {
  it('matches an error class and returns the error', () => {
    const error = decider([]).when(recordNote).thenThrows(IllegalStateError);
    expect(error.code).toBe('ILLEGAL_STATE');
  });

  it('matches a predicate', () => {
    decider([opened]).when(open).thenThrows((e) => e instanceof IllegalStateError && /already open/.test(e.message));
  });

  it('fails on another error class or a rejecting predicate', () => {
    expect(() => decider([]).when(recordNote).thenThrows(TypeError)).toThrow(/toBeInstanceOf/);
    expect(() => decider([]).when(recordNote).thenThrows(() => false)).toThrow(/predicate rejected: Error: notes go on an open case/);
  });

  it('does not take an error from evolve for the expected rejection', () => {
    const broken = given({
      ...sampleCaseDecider,
      evolve: () => {
        throw new IllegalStateError('evolve is broken');
      },
    });
    expect(() => broken([opened]).when(open).thenThrows(IllegalStateError)).toThrow('evolve is broken');
  });

  it('fails when decide does not throw', () => {
    expect(() => decider([]).when(open).thenThrows(Error)).toThrow(/expected decide to throw, but it returned \[\{"type":"sample.CaseOpened"/);
  });
});
