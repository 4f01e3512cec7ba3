import type { Principal } from '@setu/access';
import { InMemoryEventStore, type AppendResult, type ExpectedRevision, type NewEvent } from '@setu/event-store';
import type { IdGenerator } from '@setu/platform';
import type { CallerContext, StreamWriter } from '@setu/service-kit';
import { InMemoryCaseReferenceSequence } from '../../infrastructure';
import { OpenRescueOperationCommand } from '../open-rescue-operation/open-rescue-operation.command';
import { OpenRescueOperationHandler } from '../open-rescue-operation/open-rescue-operation.handler';
import { RESCUE_SOURCE } from '../shared/stream-outcome';
import { IdentifyChildCommand, type IdentifyChildInput } from './identify-child.command';
import { IdentifyChildHandler } from './identify-child.handler';

const principal: Principal = { userId: 'user-1', orgId: 'org-ahtu', role: 'rescue_officer', states: ['RJ'], districts: [] };
const request = (idempotencyKey?: string, who: Principal = principal): CallerContext => ({
  principal: who,
  correlationId: 'corr-1',
  idempotencyKey,
});
const child: IdentifyChildInput = {
  identifiedAt: new Date('2026-03-10T05:00:00Z'),
  names: [{ text: 'Rahul Kumar', script: 'Latn' }],
  aliases: [],
  sex: 'male',
  ageStated: 12,
  languages: ['mag'],
  interpreterNeeded: true,
  home: { state: 'BR', districtCode: 'BR-GAY' },
};

/** Fails the first append to a case stream, as a crash between the two appends would. */
class CaseAppendFailsOnce extends InMemoryEventStore {
  failNextCaseAppend = true;
  override append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (streamId.startsWith('rescue-') && this.failNextCaseAppend) {
      this.failNextCaseAppend = false;
      return Promise.reject(new Error('connection lost'));
    }
    return super.append(streamId, events, expected);
  }
}

describe('identifying a child (two streams)', () => {
  let store: CaseAppendFailsOnce;
  let identify: IdentifyChildHandler;
  let operationId: string;

  beforeEach(async () => {
    let n = 0;
    const ids: IdGenerator = { newId: () => `01960000-0000-7000-8000-${String(++n).padStart(12, '0')}` };
    store = new CaseAppendFailsOnce();
    store.failNextCaseAppend = false;
    const writer: StreamWriter = { store, ids, source: RESCUE_SOURCE };
    identify = new IdentifyChildHandler(writer, new InMemoryCaseReferenceSequence());
    const opened = await new OpenRescueOperationHandler(writer).execute(
      new OpenRescueOperationCommand(request(), {
        districtCode: 'RJ-JPR',
        policeStation: 'Ramganj',
        workshopAddress: 'House 12, Example Lane, Jaipur',
        startedAt: new Date('2026-03-10T04:30:00Z'),
        team: [{ agency: 'ahtu' }],
        leadAgency: 'ahtu',
        informedBy: { channel: 'ngo' },
      }),
    );
    operationId = opened.id;
  });
  afterEach(() => store.close());

  const types = async (streamId: string) => (await store.readStream(streamId)).events.map((e) => e.type);

  it('links the case to the operation, then opens it, numbering references in turn', async () => {
    const first = await identify.execute(new IdentifyChildCommand(request(), operationId, child));
    const second = await identify.execute(new IdentifyChildCommand(request(), operationId, child));

    expect(first).toEqual({ caseId: expect.any(String), reference: 'RJ-JPR-2026-00001', revision: 0, operationRevision: 1 });
    expect(second).toMatchObject({ reference: 'RJ-JPR-2026-00002', operationRevision: 2 });
    expect(await types(`rescueop-${operationId}`)).toEqual([
      'rescue.OperationOpened',
      'rescue.ChildIdentifiedInOperation',
      'rescue.ChildIdentifiedInOperation',
    ]);
    const [opened] = (await store.readStream(`rescue-${first.caseId}`)).events;
    expect(opened).toMatchObject({
      type: 'rescue.ChildIdentified',
      occurredAt: child.identifiedAt,
      data: { caseId: first.caseId, reference: 'RJ-JPR-2026-00001', operationId, rescuedAt: '2026-03-10T04:30:00.000Z', rescueState: 'RJ' },
      metadata: { jurisdiction: 'RJ', source: 'setu.rescue', actor: { userId: 'user-1', orgId: 'org-ahtu', role: 'rescue_officer' } },
    });
  });

  it('completes the same case when a request that failed between the two appends is retried with its key', async () => {
    store.failNextCaseAppend = true;
    await expect(identify.execute(new IdentifyChildCommand(request('child-07'), operationId, child))).rejects.toThrow('connection lost');
    expect(await types(`rescueop-${operationId}`)).toHaveLength(2);

    const retried = await identify.execute(new IdentifyChildCommand(request('child-07'), operationId, child));

    expect(retried).toMatchObject({ reference: 'RJ-JPR-2026-00001', revision: 0, operationRevision: 1 });
    expect(await types(`rescueop-${operationId}`)).toHaveLength(2);
    expect(await types(`rescue-${retried.caseId}`)).toEqual(['rescue.ChildIdentified']);
    const again = await identify.execute(new IdentifyChildCommand(request('child-07'), operationId, child));
    expect(again).toEqual(retried);
  });

  it('does not take another user\'s key for a retry', async () => {
    const mine = await identify.execute(new IdentifyChildCommand(request('child-08'), operationId, child));
    const theirs = await identify.execute(new IdentifyChildCommand(request('child-08', { ...principal, userId: 'user-2' }), operationId, child));
    expect(theirs.caseId).not.toBe(mine.caseId);
    expect(theirs.reference).toBe('RJ-JPR-2026-00002');
  });

  it('refuses an unknown operation before taking a reference number', async () => {
    const unknown = '01960000-0000-7000-8000-0000000000ff';
    await expect(identify.execute(new IdentifyChildCommand(request(), unknown, child))).rejects.toMatchObject({
      name: 'CommandRejected',
      code: 'OPERATION_NOT_FOUND',
      category: 'not_found',
    });
    expect((await identify.execute(new IdentifyChildCommand(request(), operationId, child))).reference).toBe('RJ-JPR-2026-00001');
  });

  it('refuses a stale If-Match on the operation before taking a reference number', async () => {
    const stale = { ...request(), expectedRevision: 3 };
    await expect(identify.execute(new IdentifyChildCommand(stale, operationId, child))).rejects.toMatchObject({
      name: 'ConcurrencyError',
      expected: 3,
      actual: 0,
    });
    const current = { ...request(), expectedRevision: 0 };
    expect(await identify.execute(new IdentifyChildCommand(current, operationId, child))).toMatchObject({ reference: 'RJ-JPR-2026-00001' });
  });
});
