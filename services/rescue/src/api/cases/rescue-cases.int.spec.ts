import { RESCUE_CASE_EVENTS } from '@setu/contracts';
import { PROBLEM_CONTENT_TYPE } from '@setu/platform';
import { childBody, openOperationBody } from '../../testing/rescue-requests';
import { useRescueTestApp } from '../../testing/rescue-test-app';
import { expectStoredEventsMatchContracts } from '../../testing/stored-events';

const REFERENCE = /^RJ-JPR-2026-\d{5}$/;

describe('children and post-rescue steps over HTTP', () => {
  const rescue = useRescueTestApp();
  const { db } = rescue;

  const post = (path: string, body: object, headers: Record<string, string> = {}) => rescue.post(path, body, headers);
  const get = (path: string) => rescue.get(path);
  const openOperation = async (): Promise<string> =>
    (await post('/rescue-operations', openOperationBody()).expect(201)).body.operationId as string;
  const identify = async (operationId: string, overrides: Record<string, unknown> = {}) =>
    (await post(`/rescue-operations/${operationId}/children`, childBody(overrides)).expect(201)).body as { caseId: string; reference: string };
  const streamTypes = async (streamId: string) =>
    (await db.pool.query<{ type: string }>('SELECT type FROM setu_events WHERE stream_id = $1 ORDER BY stream_position', [streamId])).rows.map(
      (r) => r.type,
    );

  describe('identifying a child', () => {
    it('opens the case: 201 with Location, ETag and a reference, and links it to the operation', async () => {
      const operationId = await openOperation();
      const res = await post(`/rescue-operations/${operationId}/children`, childBody()).expect(201);

      const { caseId, reference } = res.body;
      expect(res.body).toEqual({ caseId: expect.any(String), reference: expect.stringMatching(REFERENCE), revision: 0, operationRevision: 1 });
      expect(res.headers.location).toBe(`/rescue/cases/${caseId}`);
      expect(res.headers.etag).toBe('"0"');
      const read = await get(res.headers.location).expect(200).expect('ETag', '"0"');
      const { identifiedAt, ...child } = childBody();
      expect(read.body).toEqual({
        ...child,
        caseId,
        reference,
        operationId,
        rescueState: 'RJ',
        rescueDistrictCode: 'RJ-JPR',
        rescuedAt: '2026-03-10T04:30:00.000Z',
        identifiedAt: '2026-03-10T05:00:00.000Z',
        heldAt: [],
        counsellorVisits: [],
        medicalExaminations: [],
        ageAssessments: [],
        interpreters: [],
        cwcProductions: [],
        cwcOrders: [],
      });
      expect(identifiedAt).toBeDefined();
      const operation = (await get(`/rescue-operations/${operationId}`).expect('ETag', '"1"')).body;
      expect(operation.children).toEqual([{ caseId, reference, identifiedAt: '2026-03-10T05:00:00.000Z' }]);
    });

    it('numbers references per district and year, unique when many children are identified at once', async () => {
      const operationId = await openOperation();
      const children = await Promise.all(Array.from({ length: 8 }, () => identify(operationId, { names: [{ text: 'Amit Kumar' }] })));
      const sequences = children.map((c) => Number(c.reference.slice(-5))).sort((a, b) => a - b);
      expect(new Set(sequences).size).toBe(8);
      expect(sequences[7] - sequences[0]).toBe(7);
      const operation = (await get(`/rescue-operations/${operationId}`).expect('ETag', '"8"')).body;
      expect(operation.children.map((c: { caseId: string }) => c.caseId).sort()).toEqual(children.map((c) => c.caseId).sort());
    });

    it('accepts a child known only by one name, in Devanagari, with nothing known of home', async () => {
      const operationId = await openOperation();
      const { caseId } = await identify(operationId, {
        names: [{ text: 'मुन्ना' }],
        aliases: undefined,
        guardian: undefined,
        ageStated: undefined,
        ageAssessed: undefined,
        sex: 'not_recorded',
        languages: [],
        interpreterNeeded: false,
        home: {},
        workingConditions: undefined,
        photoRefs: undefined,
      });
      const view = (await get(`/rescue/cases/${caseId}`)).body;
      expect(view).toMatchObject({ names: [{ text: 'मुन्ना' }], aliases: [], home: {}, sex: 'not_recorded' });
    });

    it('refuses malformed input naming each field, ages outside 0-25 included, and writes nothing', async () => {
      const operationId = await openOperation();
      const before = await rescue.countEvents();
      const res = await post(
        `/rescue-operations/${operationId}/children`,
        childBody({
          names: [],
          sex: 'boy',
          ageStated: 26,
          ageAssessed: { years: -1, method: 'guess' },
          languages: ['Maithili'],
          home: { districtCode: 'gaya', village: '' },
        }),
      ).expect(400);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      const fields = new Set((res.body.errors as { field: string }[]).map((e) => e.field));
      expect(fields).toEqual(
        new Set(['names', 'sex', 'ageStated', 'ageAssessed.years', 'ageAssessed.method', 'languages', 'home.districtCode', 'home.village']),
      );
      expect(await rescue.countEvents()).toBe(before);
    });

    it('answers unknown or mismatched home codes with 422, and writes nothing', async () => {
      const operationId = await openOperation();
      const before = await rescue.countEvents();
      const unknown = await post(`/rescue-operations/${operationId}/children`, childBody({ home: { state: 'UP', districtCode: 'BR-XXX' } })).expect(422);
      expect(unknown.body).toMatchObject({ code: 'UNKNOWN_CODE', see: '/reference/districts' });
      expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['home.state', 'home.districtCode']);
      const mismatch = await post(`/rescue-operations/${operationId}/children`, childBody({ home: { state: 'BR', districtCode: 'RJ-JPR' } })).expect(422);
      expect(mismatch.body.errors).toEqual([{ field: 'home.districtCode', message: 'RJ-JPR is not a district of BR' }]);
      expect(await rescue.countEvents()).toBe(before);
    });

    it('answers an identification before the raid with 422, and an unknown operation with 404', async () => {
      const operationId = await openOperation();
      const early = await post(`/rescue-operations/${operationId}/children`, childBody({ identifiedAt: '2026-03-10T09:00:00+05:30' })).expect(422);
      expect(early.body).toMatchObject({ code: 'STEP_BEFORE_RESCUE', errors: [{ field: 'identifiedAt' }] });
      expect(await rescue.countEvents(`rescueop-${operationId}`)).toBe(1);
      await post('/rescue-operations/0195d3a4-7c10-7a3e-9b21-4f6c2d8e1aff/children', childBody()).expect(404);
    });

    it('replays a retried identification with the same Idempotency-Key: one case, one link', async () => {
      const operationId = await openOperation();
      const before = await rescue.countEvents('rescue-');
      const first = await post(`/rescue-operations/${operationId}/children`, childBody(), { 'Idempotency-Key': 'raid-0310-child-01' }).expect(201);
      const retry = await post(`/rescue-operations/${operationId}/children`, childBody(), { 'Idempotency-Key': 'raid-0310-child-01' }).expect(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.location).toBe(first.headers.location);
      expect(await rescue.countEvents('rescue-')).toBe(before + 1);
      expect(await streamTypes(`rescueop-${operationId}`)).toEqual(['rescue.OperationOpened', 'rescue.ChildIdentifiedInOperation']);
    });

    it('takes If-Match on the operation', async () => {
      const operationId = await openOperation();
      await post(`/rescue-operations/${operationId}/children`, childBody(), { 'If-Match': '"0"' }).expect(201);
      const stale = await post(`/rescue-operations/${operationId}/children`, childBody(), { 'If-Match': '"0"' }).expect(409);
      expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualRevision: 1 });
    });
  });

  describe('post-rescue steps', () => {
    let caseId: string;
    beforeAll(async () => {
      ({ caseId } = await identify(await openOperation()));
    });
    const step = (name: string, body: object, headers: Record<string, string> = {}) => post(`/rescue/cases/${caseId}/${name}`, body, headers);

    it('records every step, late and out of order, and reads each back', async () => {
      // Entered days later from paper, not in the order they happened; production after 40 hours.
      await step('cwc-orders', {
        orderedAt: '2026-03-12T11:00:00+05:30',
        cwcDistrictCode: 'RJ-JPR',
        order: 'shelter_placement',
        shelterHome: { name: 'Government Children\'s Home, Jaipur', districtCode: 'RJ-JPR' },
        orderReference: 'CWC/JPR/2026/388',
      }).expect(200, { caseId, revision: 1 });
      await step('cwc-productions', { producedAt: '2026-03-12T02:00:00+05:30', cwcDistrictCode: 'RJ-JPR', cwcName: 'CWC Jaipur I' }).expect(200);
      await step('held-at', { place: 'police_station', placeName: 'Ramganj', from: '2026-03-10T11:00:00+05:30', to: '2026-03-11T09:00:00+05:30' }).expect(200);
      await step('held-at', { place: 'child_friendly_space', placeName: 'Childline drop-in centre', from: '2026-03-11T09:00:00+05:30' }).expect(200);
      await step('counsellor-visits', { attendedAt: '2026-03-10T18:00:00+05:30', counsellor: 'Counsellor A. Sharma', organisation: 'DCR counsellor panel' })
        .expect(200);
      await step('medical-examinations', {
        examinedAt: '2026-03-10T15:30:00+05:30',
        facility: 'District Hospital, Jaipur',
        examinedBy: 'Medical officer on duty',
        injuriesRecorded: true,
        reportReference: 'MLC/2026/0311',
      }).expect(200);
      await step('age-assessments', { assessedAt: '2026-03-13T11:30:00+05:30', method: 'ossification_test', years: 13, rangeFrom: 12, rangeTo: 14 })
        .expect(200);
      await step('interpreters', { providedAt: '2026-03-10T12:00:00+05:30', language: 'mag', organisation: 'Childline 1098 Jaipur' })
        .expect(200)
        .expect('ETag', '"8"');

      const view = (await get(`/rescue/cases/${caseId}`).expect(200).expect('ETag', '"8"')).body;
      expect(view.cwcOrders).toEqual([
        {
          orderedAt: '2026-03-12T05:30:00.000Z',
          cwcDistrictCode: 'RJ-JPR',
          order: 'shelter_placement',
          shelterHome: { name: 'Government Children\'s Home, Jaipur', districtCode: 'RJ-JPR' },
          orderReference: 'CWC/JPR/2026/388',
        },
      ]);
      expect(view.cwcProductions).toEqual([{ producedAt: '2026-03-11T20:30:00.000Z', cwcDistrictCode: 'RJ-JPR', cwcName: 'CWC Jaipur I' }]);
      expect(view.heldAt).toEqual([
        { place: 'police_station', placeName: 'Ramganj', from: '2026-03-10T05:30:00.000Z', to: '2026-03-11T03:30:00.000Z' },
        { place: 'child_friendly_space', placeName: 'Childline drop-in centre', from: '2026-03-11T03:30:00.000Z' },
      ]);
      expect(view.counsellorVisits).toEqual([
        { attendedAt: '2026-03-10T12:30:00.000Z', counsellor: 'Counsellor A. Sharma', organisation: 'DCR counsellor panel' },
      ]);
      expect(view.medicalExaminations).toEqual([
        {
          examinedAt: '2026-03-10T10:00:00.000Z',
          facility: 'District Hospital, Jaipur',
          examinedBy: 'Medical officer on duty',
          injuriesRecorded: true,
          reportReference: 'MLC/2026/0311',
        },
      ]);
      expect(view.ageAssessments).toEqual([{ assessedAt: '2026-03-13T06:00:00.000Z', method: 'ossification_test', years: 13, rangeFrom: 12, rangeTo: 14 }]);
      expect(view.interpreters).toEqual([{ providedAt: '2026-03-10T06:30:00.000Z', language: 'mag', organisation: 'Childline 1098 Jaipur' }]);
    });

    it('answers a step before the rescue with 422 naming the field, and writes nothing', async () => {
      const before = await rescue.countEvents(`rescue-${caseId}`);
      const res = await step('counsellor-visits', { attendedAt: '2026-03-10T09:59:00+05:30', counsellor: 'Counsellor A. Sharma' }).expect(422);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.body).toMatchObject({ status: 422, code: 'STEP_BEFORE_RESCUE', errors: [{ field: 'attendedAt' }] });
      const order = await step('cwc-orders', { orderedAt: '2026-03-11T10:00:00+05:30', cwcDistrictCode: 'RJ-JPR', order: 'other' }).expect(422);
      expect(order.body).toMatchObject({ code: 'ORDER_BEFORE_PRODUCTION', errors: [{ field: 'orderedAt' }] });
      const held = await step('held-at', { place: 'shelter', from: '2026-03-12T10:00:00+05:30', to: '2026-03-12T09:00:00+05:30' }).expect(422);
      expect(held.body).toMatchObject({ code: 'HELD_UNTIL_BEFORE_FROM', errors: [{ field: 'to' }] });
      expect(await rescue.countEvents(`rescue-${caseId}`)).toBe(before);
    });

    it('refuses malformed steps naming each field: ages outside 0-25, future times, a placement without its home', async () => {
      const before = await rescue.countEvents(`rescue-${caseId}`);
      const age = await step('age-assessments', { assessedAt: '2026-03-13T11:30:00+05:30', method: 'ossification_test', years: 30, rangeFrom: -2 }).expect(400);
      expect(age.body.errors.map((e: { field: string }) => e.field)).toEqual(['years', 'rangeFrom']);
      const future = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
      const produced = await step('cwc-productions', { producedAt: future, cwcDistrictCode: 'RJ-JPR' }).expect(400);
      expect(produced.body.errors).toEqual([expect.objectContaining({ field: 'producedAt' })]);
      const placement = await step('cwc-orders', { orderedAt: '2026-03-12T11:00:00+05:30', cwcDistrictCode: 'RJ-JPR', order: 'shelter_placement' }).expect(400);
      expect(placement.body.errors).toEqual([expect.objectContaining({ field: 'shelterHome' })]);
      const held = await step('held-at', { place: 'jail', from: 'today' }).expect(400);
      expect(new Set(held.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['place', 'from']));
      const interpreter = await step('interpreters', { providedAt: '2026-03-10T12:00:00+05:30', language: 'Magahi' }).expect(400);
      expect(interpreter.body.errors).toEqual([expect.objectContaining({ field: 'language' })]);
      expect(await rescue.countEvents(`rescue-${caseId}`)).toBe(before);
    });

    it('answers unknown committee and home districts with 422', async () => {
      const res = await step('cwc-orders', {
        orderedAt: '2026-03-12T11:00:00+05:30',
        cwcDistrictCode: 'RJ-QQQ',
        order: 'shelter_placement',
        shelterHome: { name: 'Example Home', districtCode: 'BR-QQQ' },
      }).expect(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['cwcDistrictCode', 'shelterHome.districtCode']);
      await step('cwc-productions', { producedAt: '2026-03-11T16:30:00+05:30', cwcDistrictCode: 'XX-JPR' }).expect(422);
    });

    it('takes If-Match: 409 with the current revision when stale', async () => {
      const { headers } = await get(`/rescue/cases/${caseId}`);
      const current = Number(JSON.parse(headers.etag));
      const visit = { attendedAt: '2026-03-14T18:00:00+05:30', counsellor: 'Counsellor A. Sharma' };
      await step('counsellor-visits', visit, { 'If-Match': `"${current}"` }).expect(200).expect('ETag', `"${current + 1}"`);
      const stale = await step('counsellor-visits', visit, { 'If-Match': `"${current}"` }).expect(409);
      expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', expectedRevision: current, actualRevision: current + 1 });
    });

    it('replays a retried step with the same Idempotency-Key and writes nothing new', async () => {
      const visit = { attendedAt: '2026-03-15T18:00:00+05:30', counsellor: 'Counsellor A. Sharma' };
      const before = await rescue.countEvents(`rescue-${caseId}`);
      const first = await step('counsellor-visits', visit, { 'Idempotency-Key': 'visit-0315' }).expect(200);
      const retry = await step('counsellor-visits', visit, { 'Idempotency-Key': 'visit-0315' }).expect(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe(first.headers.etag);
      expect(await rescue.countEvents(`rescue-${caseId}`)).toBe(before + 1);
    });

    it('answers 404 for an unknown case and 403 outside the token\'s states', async () => {
      const unknown = await post('/rescue/cases/0195d3a6-02b4-7d51-8e0a-2c7b9f4d3eff/interpreters', {
        providedAt: '2026-03-10T12:00:00+05:30',
        language: 'mag',
      }).expect(404);
      expect(unknown.body).toMatchObject({ code: 'CASE_NOT_FOUND' });
      await get('/rescue/cases/0195d3a6-02b4-7d51-8e0a-2c7b9f4d3eff').expect(404);
      const bihar = await rescue.token({ states: ['BR'] });
      await rescue.http().get(`/rescue/cases/${caseId}`).set('Authorization', `Bearer ${bihar}`).expect(403);
    });
  });

  it('stores only events that match their contract schemas', async () => {
    const types = await expectStoredEventsMatchContracts(db.pool);
    expect(types).toEqual(
      new Set([...RESCUE_CASE_EVENTS.map((d) => d.type), 'rescue.OperationOpened', 'rescue.ChildIdentifiedInOperation']),
    );
  });

  it('never writes a child\'s or a guardian\'s name, or the workshop address, to the logs', () => {
    expect(rescue.logLines.length).toBeGreaterThan(0);
    const logs = rescue.logLines.join('\n');
    for (const identifying of ['Rahul', 'राहुल', 'मुन्ना', 'Suresh Paswan', 'Example Village', 'Example Lane']) expect(logs).not.toContain(identifying);
  });
});
