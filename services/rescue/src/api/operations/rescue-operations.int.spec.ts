import { RESCUE_OPERATION_EVENTS } from '@setu/contracts';
import { PROBLEM_CONTENT_TYPE } from '@setu/platform';
import { openOperationBody } from '../../testing/rescue-requests';
import { useRescueTestApp } from '../../testing/rescue-test-app';
import { expectStoredEventsMatchContracts } from '../../testing/stored-events';

describe('rescue operations over HTTP', () => {
  const rescue = useRescueTestApp();
  const { db } = rescue;

  const post = (path: string, body: object, headers: Record<string, string> = {}) => rescue.post(path, body, headers);
  const get = (path: string) => rescue.get(path);
  const openOperation = async (overrides: Record<string, unknown> = {}): Promise<string> =>
    (await post('/rescue-operations', openOperationBody(overrides)).expect(201)).body.operationId as string;

  it('opens an operation: 201 with Location and ETag, and reads it back', async () => {
    const res = await post('/rescue-operations', openOperationBody()).expect(201);

    const { operationId } = res.body;
    expect(res.body).toEqual({ operationId: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 0 });
    expect(res.headers.location).toBe(`/rescue-operations/${operationId}`);
    expect(res.headers.etag).toBe('"0"');
    const read = await get(res.headers.location).expect(200).expect('ETag', '"0"');
    expect(read.body).toEqual({
      operationId,
      status: 'open',
      state: 'RJ',
      districtCode: 'RJ-JPR',
      policeStation: 'Ramganj',
      workshopAddress: 'House 12, Example Lane, Ramganj Bazaar, Jaipur',
      startedAt: '2026-03-10T04:30:00.000Z',
      team: openOperationBody().team,
      leadAgency: 'ahtu',
      informedBy: openOperationBody().informedBy,
      childrenReported: 25,
      personsFound: [],
      evidence: [],
      evidenceChecklist: { statements: false, photographs: false, wage_or_attendance_records: false, tools_and_materials: false, other: false },
      premises: null,
      children: [],
      closedAt: null,
      childrenIdentifiedAtClose: null,
    });
  });

  it('records the scene and reads back every fact', async () => {
    const operationId = await openOperation();
    const path = `/rescue-operations/${operationId}`;

    const persons = await post(`${path}/persons-found`, {
      foundAt: '2026-03-10T10:10:00+05:30',
      persons: [
        { name: 'Mohan Lal', aliases: ['Mohanji'], role: 'employer', detained: true, description: 'owner of the workshop' },
        { name: 'Ramesh Yadav', role: 'trafficker', detained: false, homeDistrictCode: 'BR-GAY' },
      ],
    }).expect(200);
    expect(persons.body).toEqual({ operationId, revision: 2, personIds: [expect.any(String), expect.any(String)] });
    expect(persons.headers.etag).toBe('"2"');
    await post(`${path}/evidence`, {
      collectedAt: '2026-03-10T11:00:00+05:30',
      collectedBy: 'ahtu',
      items: [{ kind: 'photographs', quantity: 14 }, { kind: 'wage_or_attendance_records', description: 'attendance register', quantity: 1 }],
    }).expect(200, { operationId, revision: 3 });
    await post(`${path}/evidence`, { collectedAt: '2026-03-10T11:20:00+05:30', collectedBy: 'labour_department', items: [{ kind: 'tools_and_materials' }] })
      .expect(200);
    await post(`${path}/premises-sealing`, { sealed: true, at: '2026-03-10T14:00:00+05:30', sealedBy: 'labour_department', orderReference: 'LD/JPR/2026/117' })
      .expect(200);
    await post(`${path}/close`, { closedAt: '2026-03-10T14:30:00+05:30' }).expect(200).expect('ETag', '"6"');

    const view = (await get(path).expect(200).expect('ETag', '"6"')).body;
    expect(view.personsFound).toEqual([
      {
        personId: persons.body.personIds[0],
        foundAt: '2026-03-10T04:40:00.000Z',
        name: 'Mohan Lal',
        aliases: ['Mohanji'],
        role: 'employer',
        detained: true,
        description: 'owner of the workshop',
      },
      {
        personId: persons.body.personIds[1],
        foundAt: '2026-03-10T04:40:00.000Z',
        name: 'Ramesh Yadav',
        aliases: [],
        role: 'trafficker',
        detained: false,
        homeDistrictCode: 'BR-GAY',
      },
    ]);
    expect(view.evidence).toEqual([
      {
        collectedAt: '2026-03-10T05:30:00.000Z',
        collectedBy: 'ahtu',
        items: [{ kind: 'photographs', quantity: 14 }, { kind: 'wage_or_attendance_records', description: 'attendance register', quantity: 1 }],
      },
      { collectedAt: '2026-03-10T05:50:00.000Z', collectedBy: 'labour_department', items: [{ kind: 'tools_and_materials' }] },
    ]);
    expect(view.evidenceChecklist).toEqual({
      statements: false,
      photographs: true,
      wage_or_attendance_records: true,
      tools_and_materials: true,
      other: false,
    });
    expect(view.premises).toEqual({ sealed: true, sealedAt: '2026-03-10T08:30:00.000Z', sealedBy: 'labour_department', orderReference: 'LD/JPR/2026/117' });
    expect(view).toMatchObject({ status: 'closed', closedAt: '2026-03-10T09:00:00.000Z', childrenIdentifiedAtClose: 0 });
  });

  it('records premises left unsealed', async () => {
    const operationId = await openOperation();
    await post(`/rescue-operations/${operationId}/premises-sealing`, { sealed: false, at: '2026-03-10T14:00:00+05:30', reason: 'no order from the SDM' })
      .expect(200);
    const view = (await get(`/rescue-operations/${operationId}`)).body;
    expect(view.premises).toEqual({ sealed: false, decidedAt: '2026-03-10T08:30:00.000Z', reason: 'no order from the SDM' });
  });

  describe('refuses malformed input with problem+json naming each field, and writes nothing', () => {
    it('on opening', async () => {
      const before = await rescue.countEvents();
      const res = await post('/rescue-operations', {
        districtCode: 'jaipur',
        policeStation: '',
        startedAt: '10 March 2026',
        team: [{ agency: 'army' }],
        leadAgency: 'ahtu',
        informedBy: {},
        childrenReported: -1,
        colour: 'red',
      }).expect(400);

      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      const fields = new Set((res.body.errors as { field: string }[]).map((e) => e.field));
      expect([...fields].sort()).toEqual(
        ['childrenReported', 'colour', 'districtCode', 'informedBy.channel', 'policeStation', 'startedAt', 'team[0].agency', 'workshopAddress'].sort(),
      );
      expect(await rescue.countEvents()).toBe(before);
    });

    it('on a time in the future beyond the clock skew, or without a zone', async () => {
      const future = new Date(Date.now() + 60 * 60 * 1000).toISOString();
      const res = await post('/rescue-operations', openOperationBody({ startedAt: future })).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'startedAt', message: expect.stringContaining('future') })]);
      const unzoned = await post('/rescue-operations', openOperationBody({ startedAt: '2026-03-10T10:00:00' })).expect(400);
      expect(unzoned.body.errors).toEqual([expect.objectContaining({ field: 'startedAt', message: expect.stringContaining('time zone') })]);
    });

    it('on a command on an operation', async () => {
      const operationId = await openOperation();
      const before = await rescue.countEvents(`rescueop-${operationId}`);
      const res = await post(`/rescue-operations/${operationId}/persons-found`, {
        foundAt: 'soon',
        persons: [{ name: '', role: 'boss', detained: 'yes', homeDistrictCode: 'gaya' }],
      }).expect(400);
      const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
      expect(new Set(fields)).toEqual(
        new Set(['foundAt', 'persons[0].name', 'persons[0].role', 'persons[0].detained', 'persons[0].homeDistrictCode']),
      );
      const sealing = await post(`/rescue-operations/${operationId}/premises-sealing`, { sealed: true, at: '2026-03-10T14:00:00+05:30' }).expect(400);
      expect(sealing.body.errors).toEqual([expect.objectContaining({ field: 'sealedBy' })]);
      expect(await rescue.countEvents(`rescueop-${operationId}`)).toBe(before);
    });

    it('on a malformed operation id', async () => {
      const res = await get('/rescue-operations/not-a-uuid').expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'operationId' })]);
    });
  });

  it('answers an unknown district with 422 pointing to the list, and writes nothing', async () => {
    const before = await rescue.countEvents();
    const res = await post('/rescue-operations', openOperationBody({ districtCode: 'RJ-XYZ' })).expect(422);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body).toMatchObject({
      code: 'UNKNOWN_CODE',
      see: '/reference/districts',
      errors: [{ field: 'districtCode', message: expect.stringContaining('RJ-XYZ') }],
    });

    const operationId = await openOperation();
    const persons = await post(`/rescue-operations/${operationId}/persons-found`, {
      foundAt: '2026-03-10T10:10:00+05:30',
      persons: [{ name: 'Mohan Lal', role: 'employer', detained: true }, { name: 'Ramesh Yadav', role: 'agent', detained: false, homeDistrictCode: 'BR-ZZZ' }],
    }).expect(422);
    expect(persons.body.errors).toEqual([expect.objectContaining({ field: 'persons[1].homeDistrictCode' })]);
    expect(await rescue.countEvents()).toBe(before + 1);
  });

  it('answers impossible facts with 422 from the decider: a lead agency outside the team, a fact before the raid', async () => {
    const lead = await post('/rescue-operations', openOperationBody({ leadAgency: 'cwc' })).expect(422);
    expect(lead.body).toMatchObject({ code: 'LEAD_AGENCY_NOT_IN_TEAM', errors: [{ field: 'leadAgency' }] });

    const operationId = await openOperation();
    const early = await post(`/rescue-operations/${operationId}/evidence`, {
      collectedAt: '2026-03-10T09:00:00+05:30',
      collectedBy: 'ahtu',
      items: [{ kind: 'statements' }],
    }).expect(422);
    expect(early.body).toMatchObject({ code: 'STEP_BEFORE_RESCUE', errors: [{ field: 'collectedAt' }] });
    expect(await rescue.countEvents(`rescueop-${operationId}`)).toBe(1);
  });

  it('takes If-Match: 409 with the current revision when stale, applied when current', async () => {
    const operationId = await openOperation();
    const path = `/rescue-operations/${operationId}/evidence`;
    const evidence = { collectedAt: '2026-03-10T11:00:00+05:30', collectedBy: 'ahtu', items: [{ kind: 'photographs' }] };

    await post(path, evidence, { 'If-Match': '"0"' }).expect(200).expect('ETag', '"1"');
    const stale = await post(path, evidence, { 'If-Match': '"0"' }).expect(409);
    expect(stale.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualRevision: 1 });
    await post(path, evidence).expect(200).expect('ETag', '"2"');
    expect(await rescue.countEvents(`rescueop-${operationId}`)).toBe(3);
  });

  it('replays a POST retried with the same Idempotency-Key and writes nothing new', async () => {
    const before = await rescue.countEvents('rescueop-');
    const first = await post('/rescue-operations', openOperationBody(), { 'Idempotency-Key': 'raid-0310-open' }).expect(201);
    const retry = await post('/rescue-operations', openOperationBody(), { 'Idempotency-Key': 'raid-0310-open' }).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(await rescue.countEvents('rescueop-')).toBe(before + 1);

    const path = `/rescue-operations/${first.body.operationId}/persons-found`;
    const persons = { foundAt: '2026-03-10T10:10:00+05:30', persons: [{ name: 'Mohan Lal', role: 'employer', detained: true }] };
    const once = await post(path, persons, { 'Idempotency-Key': 'raid-0310-persons' }).expect(200);
    const again = await post(path, persons, { 'Idempotency-Key': 'raid-0310-persons' }).expect(200);
    expect(again.body).toEqual(once.body);
    const stream = await db.pool.query<{ metadata: { idempotencyKey?: string } }>(
      'SELECT metadata FROM setu_events WHERE stream_id = $1 ORDER BY stream_position',
      [`rescueop-${first.body.operationId}`],
    );
    expect(stream.rows.map((r) => r.metadata.idempotencyKey)).toEqual(['raid-0310-open', 'raid-0310-persons']);
  });

  it('records the actor, the state and the source in the metadata', async () => {
    const operationId = await openOperation();
    const { rows } = await db.pool.query<{ metadata: Record<string, unknown> }>('SELECT metadata FROM setu_events WHERE stream_id = $1', [
      `rescueop-${operationId}`,
    ]);
    expect(rows[0]?.metadata).toMatchObject({
      actor: { userId: 'user-1', orgId: 'org-1', role: 'rescue_officer' },
      jurisdiction: 'RJ',
      source: 'setu.rescue',
      correlationId: expect.any(String),
    });
  });

  it('answers 404 for an unknown operation, 403 outside the token\'s states, 401 without a token', async () => {
    const unknown = await get('/rescue-operations/0195d3a4-7c10-7a3e-9b21-4f6c2d8e1aff').expect(404);
    expect(unknown.body).toMatchObject({ code: 'OPERATION_NOT_FOUND' });
    await post('/rescue-operations/0195d3a4-7c10-7a3e-9b21-4f6c2d8e1aff/close', { closedAt: '2026-03-10T14:30:00+05:30' }).expect(404);

    const operationId = await openOperation();
    const bihar = await rescue.token({ states: ['BR'] });
    await rescue.http().get(`/rescue-operations/${operationId}`).set('Authorization', `Bearer ${bihar}`).expect(403);
    await rescue.http().post('/rescue-operations').set('Authorization', `Bearer ${bihar}`).send(openOperationBody()).expect(403);
    await rescue.http().get(`/rescue-operations/${operationId}`).expect(401);
  });

  it('stores only events that match their contract schemas', async () => {
    const types = await expectStoredEventsMatchContracts(db.pool);
    expect(types).toEqual(new Set(RESCUE_OPERATION_EVENTS.map((d) => d.type).filter((t) => t !== 'rescue.ChildIdentifiedInOperation')));
  });

  it('never writes a name or the workshop address to the logs', () => {
    expect(rescue.logLines.length).toBeGreaterThan(0);
    const logs = rescue.logLines.join('\n');
    for (const identifying of ['Mohan Lal', 'Ramesh Yadav', 'Example Lane', 'returned child']) expect(logs).not.toContain(identifying);
  });
});
