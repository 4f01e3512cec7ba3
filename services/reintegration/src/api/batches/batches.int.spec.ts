import { randomUUID } from 'node:crypto';
import { contractViolations, useReintegrationTestApp } from '../../testing/reintegration-test-app';

const plan = (caseIds: string[]) => ({
  caseIds,
  reference: 'CWC-JPR/REP/2026/14',
  fromDistrict: 'RJ-JPR',
  escort: { agencyKind: 'sjpu', agencyName: 'SJPU Jaipur (East)', escorts: 3 },
  transport: 'train',
  plannedDepartureAt: '2026-12-15T16:10:00+05:30',
});
const handover = { handedOverAt: '2026-04-17T21:00:00+05:30', receivingOffice: 'Social Welfare Dept., Bihar, Patna', receivingDistrict: 'BR-PAT', receivedByDesignation: 'Assistant Director, DCPU Patna' };

describe('repatriation batches over HTTP', () => {
  const t = useReintegrationTestApp();
  let cwc: string;
  let both: string;
  beforeAll(async () => {
    cwc = await t.token({ userId: 'cwc-jaipur-1', orgId: 'cwc-jaipur', role: 'cwc_member', states: ['RJ'] });
    both = await t.token({ states: ['RJ', 'BR'] });
  });
  const post = (path: string, body: object, headers: Record<string, string> = {}, token = both) =>
    t.http().post(path).set('Authorization', `Bearer ${token}`).set(headers).send(body);
  const get = (path: string) => t.http().get(path).set('Authorization', `Bearer ${both}`);
  const planBatch = async (size = 2) => {
    const caseIds = await Promise.all(Array.from({ length: size }, () => t.openRescueCase()));
    const res = await post('/batches', plan(caseIds), {}, cwc).expect(201);
    return { batchId: res.body.batchId as string, caseIds, res };
  };

  it('plans a batch: 201 with Location and ETag, read back in its view', async () => {
    const { batchId, caseIds, res } = await planBatch();
    expect(res.headers.location).toBe(`/batches/${batchId}`);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toEqual({ batchId, revision: 0 });
    const view = await get(`/batches/${batchId}`).expect(200).expect('ETag', '"0"');
    expect(view.body).toEqual({
      batchId,
      plannedAt: expect.any(String),
      reference: 'CWC-JPR/REP/2026/14',
      fromDistrict: 'RJ-JPR',
      escort: { agencyKind: 'sjpu', agencyName: 'SJPU Jaipur (East)', escorts: 3 },
      transport: 'train',
      plannedDepartureAt: '2026-12-15T10:40:00.000Z',
      status: 'planned',
      reschedules: [],
      departedAt: null,
      arrival: null,
      children: caseIds.map((caseId) => ({ caseId, addedAt: expect.any(String), handover: null })),
      removals: [],
    });
    const [planned] = await t.events(`batch-${batchId}`);
    expect(planned?.metadata).toMatchObject({ jurisdiction: 'RJ', actor: { userId: 'cwc-jaipur-1' } });
  });

  it('refuses with 422 a batch naming a case no service opened, naming it, and writes nothing', async () => {
    const known = await t.openRescueCase();
    const before = await t.countEvents('batch-');
    const res = await post('/batches', plan([known, randomUUID()])).expect(422);
    expect(res.body).toMatchObject({ code: 'UNKNOWN_CASE', errors: [{ field: 'caseIds[1]' }] });
    expect(await t.countEvents('batch-')).toBe(before);
  });

  it('answers 400 naming each malformed field, and writes nothing', async () => {
    const before = await t.countEvents('batch-');
    const caseId = await t.openRescueCase();
    const res = await post('/batches', { ...plan([caseId, caseId]), transport: 'ship', escort: { agencyName: '' }, plannedDepartureAt: '2026-12-15 16:10' }).expect(400);
    expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(
      new Set(['caseIds', 'transport', 'escort.agencyKind', 'escort.agencyName', 'plannedDepartureAt']),
    );
    expect((await post('/batches', plan([])).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'caseIds' })]);
    expect(await t.countEvents('batch-')).toBe(before);
  });

  it('replays a retried plan with the same Idempotency-Key: same batch, nothing written', async () => {
    const caseId = await t.openRescueCase();
    const headers = { 'Idempotency-Key': `plan-${randomUUID()}` };
    const first = await post('/batches', plan([caseId]), headers).expect(201);
    const before = await t.countEvents('batch-');
    const retry = await post('/batches', plan([caseId]), headers).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await t.countEvents('batch-')).toBe(before);
    const [planned] = await t.events(`batch-${first.body.batchId}`);
    expect(planned?.metadata.idempotencyKey).toBe(headers['Idempotency-Key']);
  });

  it('records the journey and each handover, reads them back, and stores events that match their contracts', async () => {
    const { batchId, caseIds } = await planBatch(2);
    const [first, second] = caseIds as [string, string];
    const added = await t.openRescueCase();
    const path = `/batches/${batchId}`;
    await post(`${path}/children`, { caseId: added }).expect(200).expect('ETag', '"1"');
    await post(`${path}/children/${second}/removal`, { reason: 'statement_pending', removedAt: '2026-04-12T11:00:00+05:30' }).expect(200);
    await post(`${path}/departure-reschedules`, { plannedDepartureAt: '2026-04-16T16:10:00+05:30', reason: 'escort not available on the 15th' }).expect(200);
    await post(`${path}/arrival`, { arrivedAt: '2026-04-17T19:40:00+05:30', arrivalDistrict: 'BR-PAT' }).expect(200);
    await post(`${path}/departure`, { departedAt: '2026-04-16T16:25:00+05:30' }).expect(200);
    await post(`${path}/children/${first}/handover`, handover).expect(200).expect('ETag', '"6"');

    const view = await get(path).expect(200).expect('ETag', '"6"');
    expect(view.body).toMatchObject({
      status: 'arrived',
      plannedDepartureAt: '2026-04-16T10:40:00.000Z',
      reschedules: [{ plannedDepartureAt: '2026-04-16T10:40:00.000Z', reason: 'escort not available on the 15th' }],
      departedAt: '2026-04-16T10:55:00.000Z',
      arrival: { arrivedAt: '2026-04-17T14:10:00.000Z', arrivalDistrict: 'BR-PAT' },
      children: [
        { caseId: first, handover: { handedOverAt: '2026-04-17T15:30:00.000Z', receivingOffice: handover.receivingOffice, receivingDistrict: 'BR-PAT', receivedByDesignation: handover.receivedByDesignation } },
        { caseId: added, handover: null },
      ],
      removals: [{ caseId: second, reason: 'statement_pending', removedAt: '2026-04-12T05:30:00.000Z' }],
    });
    const events = await t.events(`batch-${batchId}`);
    expect(contractViolations(events)).toEqual([]);
    expect(events.map((e) => [e.type, e.metadata.jurisdiction])).toEqual([
      ['reintegration.BatchPlanned', 'RJ'],
      ['reintegration.ChildAddedToBatch', 'RJ'],
      ['reintegration.ChildRemovedFromBatch', 'RJ'],
      ['reintegration.BatchDepartureRescheduled', 'RJ'],
      ['reintegration.BatchArrived', 'BR'],
      ['reintegration.BatchDeparted', 'RJ'],
      ['reintegration.ChildHandedOver', 'BR'],
    ]);
  });

  it('writes nothing for a fact repeated, and refuses what cannot be', async () => {
    const { batchId, caseIds } = await planBatch(1);
    const path = `/batches/${batchId}`;
    const outsider = await t.openRescueCase();
    await post(`${path}/departure`, { departedAt: '2026-04-16T16:25:00+05:30' }).expect(200).expect('ETag', '"1"');
    await post(`${path}/departure`, { departedAt: '2026-04-16T10:55:00Z' }).expect(200).expect('ETag', '"1"');
    await post(`${path}/children`, { caseId: caseIds[0] }).expect(200).expect('ETag', '"1"');
    const before = await t.countEvents(`batch-${batchId}`);
    expect((await post(`${path}/departure`, { departedAt: '2026-04-17T16:25:00+05:30' }).expect(409)).body).toMatchObject({ code: 'BATCH_ALREADY_DEPARTED', errors: [{ field: 'departedAt' }] });
    expect((await post(`${path}/children/${outsider}/handover`, handover).expect(422)).body).toMatchObject({ code: 'CHILD_NOT_IN_BATCH', errors: [{ field: 'caseId' }] });
    expect((await post(`${path}/children/${outsider}/removal`, { reason: 'other' }).expect(422)).body).toMatchObject({ code: 'CHILD_NOT_IN_BATCH' });
    expect((await post(`${path}/children`, { caseId: randomUUID() }).expect(422)).body).toMatchObject({ code: 'UNKNOWN_CASE', errors: [{ field: 'caseId' }] });
    expect(await t.countEvents(`batch-${batchId}`)).toBe(before);
  });

  it('answers 404 for a batch never planned, and 409 with the actual revision on a stale If-Match', async () => {
    const unknown = randomUUID();
    expect((await get(`/batches/${unknown}`).expect(404)).body).toMatchObject({ code: 'BATCH_NOT_FOUND' });
    expect((await post(`/batches/${unknown}/departure`, { departedAt: '2026-04-16' }).expect(404)).body).toMatchObject({ code: 'BATCH_NOT_FOUND' });
    const { batchId } = await planBatch(1);
    await post(`/batches/${batchId}/departure`, { departedAt: '2026-04-16' }, { 'If-Match': '"0"' }).expect(200).expect('ETag', '"1"');
    const stale = await post(`/batches/${batchId}/arrival`, { arrivedAt: '2026-04-17', arrivalDistrict: 'BR-PAT' }, { 'If-Match': '"0"' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualRevision: 1 });
    await get(`/batches/${batchId}`).expect(200).expect('ETag', '"1"');
  });
});
