import { randomUUID } from 'node:crypto';
import { authed, useLegalTestApp } from '../../testing/legal-test-app';

describe('FIRs over HTTP', () => {
  let api: ReturnType<typeof authed>;
  const legal = useLegalTestApp();

  let child1: string;
  let child2: string;
  beforeAll(async () => {
    api = authed(legal.app, await legal.token());
    child1 = await legal.openCase();
    child2 = await legal.openCase();
  });

  const fir = (overrides: Record<string, unknown> = {}) => ({
    number: '0117/2026',
    policeStation: 'Ramganj, Jaipur',
    district: 'RJ-JPR',
    registeredAt: '2026-03-01T23:10:00+05:30',
    sections: ['IPC-370', 'BNS-146', 'JJA-79'],
    victims: [{ caseId: child1 }],
    accused: [
      { name: 'Synthetic Name Alpha', role: 'employer', status: 'arrested' },
      { name: 'Synthetic Name Gamma', aliases: ['S. Gamma'], role: 'agent' },
    ],
    ...overrides,
  });
  const eventCount = async () => legal.legalEventCount();

  describe('POST /firs', () => {
    it('registers a FIR: 201 with Location and ETag, and reads it back with sections under both codes', async () => {
      const res = await api.post('/firs', fir()).expect(201);
      const { firId, revision, accusedIds } = res.body as { firId: string; revision: number; accusedIds: string[] };
      expect(res.headers.location).toBe(`/firs/${firId}`);
      expect(res.headers.etag).toBe('"3"');
      expect(revision).toBe(3);
      expect(accusedIds).toHaveLength(2);
      expect(JSON.stringify(res.body)).not.toContain('Synthetic');

      const view = await api.get(`/firs/${firId}`).expect(200);
      expect(view.headers.etag).toBe('"3"');
      expect(view.body).toMatchObject({
        firId,
        number: '0117/2026',
        policeStation: 'Ramganj, Jaipur',
        district: 'RJ-JPR',
        state: 'RJ',
        registeredAt: '2026-03-01T17:40:00.000Z',
        victims: [{ caseId: child1, addedAt: '2026-03-01T17:40:00.000Z' }],
        accused: [
          { accusedId: accusedIds[0], name: 'Synthetic Name Alpha', aliases: [], role: 'employer', status: 'arrested' },
          { accusedId: accusedIds[1], name: 'Synthetic Name Gamma', aliases: ['S. Gamma'], role: 'agent', status: 'unknown' },
        ],
        revision: 3,
      });
      expect(view.body.sections).toEqual([
        {
          code: 'IPC-370',
          act: 'Indian Penal Code 1860',
          section: '370',
          title: 'Trafficking of person',
          equivalent: { code: 'BNS-143', act: 'Bharatiya Nyaya Sanhita 2023', section: '143', title: 'Trafficking of person' },
        },
        expect.objectContaining({ code: 'BNS-146', equivalent: expect.objectContaining({ code: 'IPC-374' }) }),
        expect.not.objectContaining({ equivalent: expect.anything() }),
      ]);
    });

    it('stores the events with the caller, the correlation id and the FIR\'s state in their metadata', async () => {
      const res = await api.post('/firs', fir()).set('X-Correlation-Id', 'corr-fir-1').expect(201);
      const stream = await legal.store.readStream(`fir-${res.body.firId}`);
      expect(stream.events.map((e) => e.type)).toEqual(['legal.FirRegistered', 'legal.VictimAdded', 'legal.AccusedNamed', 'legal.AccusedNamed']);
      expect(stream.events[0]).toMatchObject({
        occurredAt: new Date('2026-03-01T17:40:00.000Z'),
        data: { sections: ['IPC-370', 'BNS-146', 'JJA-79'] },
        metadata: { actor: { userId: 'user-1', orgId: 'org-synthetic-ngo', role: 'caseworker' }, jurisdiction: 'RJ', correlationId: 'corr-fir-1', source: 'setu.legal' },
      });
    });

    it('answers a retry with the same Idempotency-Key with the first answer and writes nothing new', async () => {
      const first = await api.post('/firs', fir()).set('Idempotency-Key', 'fir-retry-1').expect(201);
      const before = await eventCount();
      const retry = await api.post('/firs', fir()).set('Idempotency-Key', 'fir-retry-1').expect(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.location).toBe(first.headers.location);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await eventCount()).toBe(before);
      const stream = await legal.store.readStream(`fir-${first.body.firId}`);
      expect(stream.events[0].metadata.idempotencyKey).toBe('fir-retry-1');
    });

    it('refuses a malformed FIR with 400 naming each bad field, and writes nothing', async () => {
      const before = await eventCount();
      const future = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
      const res = await api
        .post('/firs', fir({ number: '', registeredAt: future, sections: [], victims: [{ caseId: 'child-1' }], accused: [{ name: 'X', role: 'boss' }], extra: 1 }))
        .expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
      expect(new Set(fields)).toEqual(new Set(['number', 'registeredAt', 'sections', 'victims[0].caseId', 'accused[0].role', 'extra']));
      expect(await eventCount()).toBe(before);
    });

    it('refuses a time given without an offset or seconds', async () => {
      const res = await api.post('/firs', fir({ registeredAt: '2026-03-01 23:10' })).expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'registeredAt' })]));
    });

    it('refuses sections not in the catalogue with 422, pointing at the catalogue, and writes nothing', async () => {
      const before = await eventCount();
      const res = await api.post('/firs', fir({ sections: ['BNS-143', 'BNS-9999', 'IPC-370', 'ITPA-99'] })).expect(422);
      expect(res.body).toMatchObject({ code: 'UNKNOWN_SECTION', see: '/reference/legal-sections' });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['sections[1]', 'sections[3]']);
      expect(await eventCount()).toBe(before);
    });

    it('refuses an unknown district with 422 UNKNOWN_CODE', async () => {
      const res = await api.post('/firs', fir({ district: 'RJ-XXX' })).expect(422);
      expect(res.body).toMatchObject({ code: 'UNKNOWN_CODE', see: '/reference/districts', errors: [{ field: 'district' }] });
    });

    it('refuses a FIR naming a case that does not exist with 422 naming the field, and writes nothing', async () => {
      const before = await eventCount();
      const res = await api.post('/firs', fir({ victims: [{ caseId: child1 }, { caseId: randomUUID() }] })).expect(422);
      expect(res.body).toMatchObject({ code: 'UNKNOWN_CASE', errors: [{ field: 'victims[1].caseId' }] });
      expect(await eventCount()).toBe(before);
    });

    it('accepts a FIR under the old code only, and one with no children or accused yet', async () => {
      const res = await api.post('/firs', fir({ sections: ['IPC-370', 'IPC-374', 'IPC-120B'], victims: [], accused: undefined })).expect(201);
      const view = await api.get(`/firs/${res.body.firId}`).expect(200);
      expect(view.body.sections.map((s: { equivalent?: { code: string } }) => s.equivalent?.code)).toEqual(['BNS-143', 'BNS-146', 'BNS-61']);
    });
  });

  describe('commands on a FIR', () => {
    let firId: string;
    let owner: string;
    let agent: string;
    beforeAll(async () => {
      const res = await api.post('/firs', fir()).expect(201);
      firId = res.body.firId;
      [owner, agent] = res.body.accusedIds;
    });

    it('takes If-Match: 409 with the current revision when stale, the next ETag when current', async () => {
      const current = await api.get(`/firs/${firId}`).expect(200);
      const revision = Number(JSON.parse(current.headers.etag));
      const body = { victims: [{ caseId: child2 }], addedAt: '2026-03-04T12:00:00+05:30' };
      const stale = await api.post(`/firs/${firId}/victims`, body).set('If-Match', `"${revision - 1}"`).expect(409);
      expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualRevision: revision });
      const ok = await api.post(`/firs/${firId}/victims`, body).set('If-Match', `"${revision}"`).expect(200);
      expect(ok.headers.etag).toBe(`"${revision + 1}"`);
      expect(ok.body).toEqual({ revision: revision + 1 });
      await api.post(`/firs/${firId}/victims`, body).set('If-Match', 'not-a-revision').expect(400);
    });

    it('adds a child already on the FIR as a no-op, and refuses a case that does not exist', async () => {
      const before = (await api.get(`/firs/${firId}`)).body.revision as number;
      const again = await api.post(`/firs/${firId}/victims`, { victims: [{ caseId: child1 }], addedAt: '2026-03-05T12:00:00+05:30' }).expect(200);
      expect(again.body.revision).toBe(before);
      const unknown = await api.post(`/firs/${firId}/victims`, { victims: [{ caseId: randomUUID() }], addedAt: '2026-03-05T12:00:00+05:30' }).expect(422);
      expect(unknown.body).toMatchObject({ code: 'UNKNOWN_CASE', errors: [{ field: 'victims[0].caseId' }] });
    });

    it('answers 404 for a FIR that does not exist and 400 for a malformed id', async () => {
      await api.get(`/firs/${randomUUID()}`).expect(404);
      const res = await api.post(`/firs/${randomUUID()}/summons/${randomUUID()}/service`, { servedAt: '2026-09-12T15:00:00+05:30' }).expect(404);
      expect(res.body).toMatchObject({ code: 'FIR_NOT_FOUND' });
      const bad = await api.get('/firs/0117-2026').expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'firId' })]);
    });

    it('refuses a judgment for an accused not on the FIR with 422 naming the field, and writes nothing', async () => {
      const before = await eventCount();
      const res = await api
        .post(`/firs/${firId}/judgments`, {
          deliveredAt: '2026-11-02T11:00:00+05:30',
          court: 'Special Court, Jaipur',
          verdicts: [
            { accusedId: owner, verdict: 'convicted', sections: ['BNS-143'] },
            { accusedId: randomUUID(), verdict: 'acquitted', sections: [] },
          ],
        })
        .expect(422);
      expect(res.body).toMatchObject({ code: 'ACCUSED_NOT_ON_FIR', errors: [{ field: 'verdicts[1].accusedId' }] });
      expect(await eventCount()).toBe(before);
    });

    it('refuses a summons for a child not on the FIR, and a status change of an unknown accused', async () => {
      const outsider = await legal.openCase();
      const summons = await api.post(`/firs/${firId}/summons`, { caseId: outsider, issuedAt: '2026-09-01T10:30:00+05:30', court: 'Special Court, Jaipur' }).expect(422);
      expect(summons.body).toMatchObject({ code: 'CHILD_NOT_ON_FIR', errors: [{ field: 'caseId' }] });
      const status = await api.post(`/firs/${firId}/accused/${randomUUID()}/status`, { status: 'arrested', since: '2026-03-12T09:00:00+05:30' }).expect(404);
      expect(status.body).toMatchObject({ code: 'ACCUSED_NOT_FOUND' });
    });

    it('records a fact under the FIR\'s state, and the notice of the NGO of a Bihar child\'s home under Bihar', async () => {
      const other = (await api.post('/firs', fir()).expect(201)).body.firId as string;
      // child1's home is in Gaya, Bihar.
      const summonsId = (await api.post(`/firs/${other}/summons`, { caseId: child1, issuedAt: '2026-09-01T10:30:00+05:30', court: 'Special Court, Jaipur' }).expect(200)).body.summonsId;
      const bihar = authed(legal.app, await legal.token({ userId: 'fieldworker-gaya', states: ['BR'] }));
      await bihar.post(`/firs/${other}/summons/${summonsId}/ngo-notice`, { learnedAt: '2026-09-03T10:00:00+05:30', organisation: 'Synthetic NGO, Gaya' }).expect(200);
      const both = authed(legal.app, await legal.token({ states: ['RJ', 'BR'] }));
      await both.post(`/firs/${other}/summons/${summonsId}/service`, { servedAt: '2026-09-04T10:00:00+05:30' }).expect(200);
      const events = (await legal.store.readStream(`fir-${other}`)).events.slice(-3);
      expect(events.map((e) => [e.type, e.metadata.jurisdiction])).toEqual([
        ['legal.SummonsIssued', 'RJ'],
        ['legal.SummonsKnownToNgo', 'BR'],
        ['legal.SummonsServed', 'RJ'],
      ]);
    });

    it('records the whole prosecution and reads every fact back', async () => {
      const post = (path: string, body: object) => api.post(`/firs/${firId}${path}`, body).expect(200);
      const [more] = (await post('/accused', { accused: [{ name: 'Synthetic Name Delta', role: 'trafficker', status: 'absconding' }], namedAt: '2026-03-10T16:00:00+05:30' })).body.accusedIds;
      await post(`/accused/${agent}/status`, { status: 'arrested', since: '2026-03-12T09:00:00+05:30' });
      const denied = (await post('/bail-hearings', { accusedId: owner, heldAt: '2026-03-15T11:30:00+05:30', court: 'Sessions Court, Jaipur', victimLawyerPresent: true, opposed: true, outcome: 'denied' })).body.hearingId;
      const granted = (await post('/bail-hearings', { accusedId: owner, heldAt: '2026-03-20T11:30:00+05:30', court: 'Sessions Court, Jaipur', victimLawyerPresent: false, opposed: false, outcome: 'granted' })).body.hearingId;
      const sheet = (await post('/charge-sheets', { filedAt: '2026-05-25T12:00:00+05:30', court: 'Special Court, Jaipur', sections: ['BNS-143', 'CLPRA-14', 'IPC-374'], accusedIds: [owner, agent] })).body.chargeSheetId;
      const summonsId = (await post('/summons', { caseId: child1, issuedAt: '2026-09-01T10:30:00+05:30', court: 'Special Court, Jaipur', appearanceOn: '2026-10-01T10:30:00+05:30' })).body.summonsId;
      await post(`/summons/${summonsId}/service`, { servedAt: '2026-09-12T15:00:00+05:30' });
      // The NGO heard of it after the hearing: accepted, a gap for the reports.
      await post(`/summons/${summonsId}/ngo-notice`, { learnedAt: '2026-10-02T10:00:00+05:30', organisation: 'Synthetic Jan Sahayata Kendra, Gaya' });
      const testimonyId = (await post('/testimonies', { caseId: child1, testifiedAt: '2026-10-01T12:15:00+05:30', court: 'Special Court, Jaipur', mode: 'video_from_home_district', assessment: 'supportive', summonsId })).body.testimonyId;
      const judgmentId = (
        await post('/judgments', {
          deliveredAt: '2026-11-02T11:00:00+05:30',
          court: 'Special Court, Jaipur',
          verdicts: [
            { accusedId: owner, verdict: 'convicted', sections: ['BNS-143', 'JJA-79'], sentence: { imprisonmentMonths: 120, rigorous: true, fineRupees: 50000 } },
            { accusedId: agent, verdict: 'acquitted', sections: [] },
          ],
        })
      ).body.judgmentId;
      const appealId = (await post('/appeals', { filedAt: '2026-11-10T11:00:00+05:30', court: 'High Court of Rajasthan, Jaipur Bench', appellant: 'accused', accusedIds: [owner] })).body.appealId;
      await post(`/appeals/${appealId}/decision`, { decidedAt: '2026-11-20T11:00:00+05:30', outcome: 'dismissed' });

      const res = await api.get(`/firs/${firId}`).expect(200);
      const view = res.body;
      expect(res.headers.etag).toBe(`"${view.revision}"`);
      // The judgment is where the convicted and the acquitted now stand; the one not judged keeps his custody.
      expect(view.accused).toEqual([
        expect.objectContaining({
          accusedId: owner,
          status: 'convicted',
          statusSince: '2026-11-02T05:30:00.000Z',
          custodyHistory: [
            { status: 'arrested', since: '2026-03-01T17:40:00.000Z' },
            { status: 'on_bail', since: '2026-03-20T06:00:00.000Z', bailHearingId: granted },
            { status: 'convicted', since: '2026-11-02T05:30:00.000Z', judgmentId },
          ],
        }),
        expect.objectContaining({
          accusedId: agent,
          status: 'acquitted',
          statusSince: '2026-11-02T05:30:00.000Z',
          custodyHistory: [
            { status: 'arrested', since: '2026-03-12T03:30:00.000Z' },
            { status: 'acquitted', since: '2026-11-02T05:30:00.000Z', judgmentId },
          ],
        }),
        expect.objectContaining({ accusedId: more, name: 'Synthetic Name Delta', role: 'trafficker', status: 'absconding' }),
      ]);
      expect(view.bailHearings).toEqual([
        { hearingId: denied, accusedId: owner, heldAt: '2026-03-15T06:00:00.000Z', court: 'Sessions Court, Jaipur', victimLawyerPresent: true, opposed: true, outcome: 'denied' },
        { hearingId: granted, accusedId: owner, heldAt: '2026-03-20T06:00:00.000Z', court: 'Sessions Court, Jaipur', victimLawyerPresent: false, opposed: false, outcome: 'granted' },
      ]);
      expect(view.chargeSheets).toEqual([
        {
          chargeSheetId: sheet,
          filedAt: '2026-05-25T06:30:00.000Z',
          court: 'Special Court, Jaipur',
          accusedIds: [owner, agent],
          sections: [
            expect.objectContaining({ code: 'BNS-143', equivalent: expect.objectContaining({ code: 'IPC-370' }) }),
            expect.objectContaining({ code: 'CLPRA-14' }),
            expect.objectContaining({ code: 'IPC-374', equivalent: expect.objectContaining({ code: 'BNS-146' }) }),
          ],
        },
      ]);
      expect(view.summons).toEqual([
        {
          summonsId,
          caseId: child1,
          issuedAt: '2026-09-01T05:00:00.000Z',
          court: 'Special Court, Jaipur',
          appearanceOn: '2026-10-01T05:00:00.000Z',
          servedAt: '2026-09-12T09:30:00.000Z',
          knownToNgo: { learnedAt: '2026-10-02T04:30:00.000Z', organisation: 'Synthetic Jan Sahayata Kendra, Gaya' },
        },
      ]);
      expect(view.testimonies).toEqual([
        { testimonyId, caseId: child1, testifiedAt: '2026-10-01T06:45:00.000Z', court: 'Special Court, Jaipur', mode: 'video_from_home_district', assessment: 'supportive', summonsId },
      ]);
      expect(view.judgments).toEqual([
        {
          judgmentId,
          deliveredAt: '2026-11-02T05:30:00.000Z',
          court: 'Special Court, Jaipur',
          verdicts: [
            {
              accusedId: owner,
              verdict: 'convicted',
              sections: [expect.objectContaining({ code: 'BNS-143' }), expect.objectContaining({ code: 'JJA-79' })],
              sentence: { imprisonmentMonths: 120, rigorous: true, fineRupees: 50000 },
            },
            { accusedId: agent, verdict: 'acquitted', sections: [] },
          ],
        },
      ]);
      expect(view.appeals).toEqual([
        {
          appealId,
          filedAt: '2026-11-10T05:30:00.000Z',
          court: 'High Court of Rajasthan, Jaipur Bench',
          appellant: 'accused',
          accusedIds: [owner],
          decision: { decidedAt: '2026-11-20T05:30:00.000Z', outcome: 'dismissed' },
        },
      ]);
    });
  });
  describe('after a judgment', () => {
    it('shows the verdict as the accused\'s status until a later custody fact, such as bail pending appeal', async () => {
      const { firId, accusedIds } = (await api.post('/firs', fir()).expect(201)).body as { firId: string; accusedIds: string[] };
      const [owner, agent] = accusedIds;
      const judgmentId = (
        await api
          .post(`/firs/${firId}/judgments`, {
            deliveredAt: '2026-11-02T11:00:00+05:30',
            court: 'Special Court, Jaipur',
            verdicts: [
              { accusedId: owner, verdict: 'convicted', sections: ['BNS-143'], sentence: { imprisonmentMonths: 84, rigorous: true } },
              { accusedId: agent, verdict: 'acquitted', sections: [] },
            ],
          })
          .expect(200)
      ).body.judgmentId as string;
      const judged = (await api.get(`/firs/${firId}`).expect(200)).body;
      expect(judged.accused.map((a: { status: string; statusSince: string }) => [a.status, a.statusSince])).toEqual([
        ['convicted', '2026-11-02T05:30:00.000Z'],
        ['acquitted', '2026-11-02T05:30:00.000Z'],
      ]);
      expect(judged.accused[0].custodyHistory.at(-1)).toEqual({ status: 'convicted', since: '2026-11-02T05:30:00.000Z', judgmentId });

      const hearingId = (
        await api
          .post(`/firs/${firId}/bail-hearings`, { accusedId: owner, heldAt: '2026-11-16T11:00:00+05:30', court: 'High Court of Rajasthan, Jaipur Bench', victimLawyerPresent: true, opposed: true, outcome: 'granted' })
          .expect(200)
      ).body.hearingId as string;
      const onBail = (await api.get(`/firs/${firId}`).expect(200)).body.accused[0];
      expect(onBail).toMatchObject({ status: 'on_bail', statusSince: '2026-11-16T05:30:00.000Z' });
      expect(onBail.custodyHistory.map((c: { status: string }) => c.status)).toEqual(['arrested', 'convicted', 'on_bail']);
      expect(onBail.custodyHistory.at(-1)).toEqual({ status: 'on_bail', since: '2026-11-16T05:30:00.000Z', bailHearingId: hearingId });
    });

    it('does not take a verdict as a custody status to record', async () => {
      const { firId, accusedIds } = (await api.post('/firs', fir()).expect(201)).body as { firId: string; accusedIds: string[] };
      const res = await api.post(`/firs/${firId}/accused/${accusedIds[0]}/status`, { status: 'convicted', since: '2026-11-02T11:00:00+05:30' }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
    });
  });

  describe('dates', () => {
    let firId: string;
    let owner: string;
    let summonsId: string;
    let appealId: string;
    const registeredAt = '2026-03-01T23:10:00+05:30';
    const before = '2026-03-01T23:09:00+05:30';
    beforeAll(async () => {
      const res = await api.post('/firs', fir({ registeredAt })).expect(201);
      firId = res.body.firId;
      owner = res.body.accusedIds[0];
      summonsId = (await api.post(`/firs/${firId}/summons`, { caseId: child1, issuedAt: registeredAt, court: 'Special Court, Jaipur' }).expect(200)).body.summonsId;
      appealId = (await api.post(`/firs/${firId}/appeals`, { filedAt: '2026-11-10T11:00:00+05:30', court: 'High Court', appellant: 'accused', accusedIds: [owner] }).expect(200)).body.appealId;
    });

    it('refuses every fact of the prosecution dated before the FIR was registered, with 422 naming the field, and writes nothing', async () => {
      const before_ = await eventCount();
      const attempts: [path: string, body: object, field: string][] = [
        ['bail-hearings', { accusedId: owner, heldAt: before, court: 'Sessions Court', victimLawyerPresent: false, opposed: true, outcome: 'denied' }, 'heldAt'],
        ['charge-sheets', { filedAt: before, court: 'Special Court', sections: ['BNS-143'] }, 'filedAt'],
        ['summons', { caseId: child1, issuedAt: before, court: 'Special Court' }, 'issuedAt'],
        [`summons/${summonsId}/service`, { servedAt: before }, 'servedAt'],
        [`summons/${summonsId}/ngo-notice`, { learnedAt: before, organisation: 'Synthetic NGO, Gaya' }, 'learnedAt'],
        ['testimonies', { caseId: child1, testifiedAt: before, court: 'Special Court', mode: 'in_person', assessment: 'supportive' }, 'testifiedAt'],
        ['judgments', { deliveredAt: before, court: 'Special Court', verdicts: [{ accusedId: owner, verdict: 'acquitted', sections: [] }] }, 'deliveredAt'],
        ['appeals', { filedAt: before, court: 'High Court', appellant: 'state', accusedIds: [owner] }, 'filedAt'],
        [`appeals/${appealId}/decision`, { decidedAt: before, outcome: 'dismissed' }, 'decidedAt'],
      ];
      for (const [path, body, field] of attempts) {
        const res = await api.post(`/firs/${firId}/${path}`, body).expect(422);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect([path, res.body]).toEqual([
          path,
          expect.objectContaining({ code: 'STEP_BEFORE_FIR_REGISTRATION', errors: [{ field, message: expect.stringContaining('2026-03-01T17:40:00.000Z') }] }),
        ]);
      }
      expect(await eventCount()).toBe(before_);
    });

    it('registers a FIR at any time, even before a child\'s rescue, and links the child regardless', async () => {
      const rescuedLater = await legal.openCase({ openedAt: '2026-03-05T06:00:00.000Z' });
      const res = await api.post('/firs', fir({ registeredAt, victims: [{ caseId: rescuedLater }] })).expect(201);
      const view = (await api.get(`/firs/${res.body.firId}`).expect(200)).body;
      expect(view.victims).toEqual([{ caseId: rescuedLater, addedAt: '2026-03-01T17:40:00.000Z' }]);
    });
  });

  describe('jurisdiction', () => {
    let bihar: ReturnType<typeof authed>;
    let firId: string;
    let owner: string;
    beforeAll(async () => {
      bihar = authed(legal.app, await legal.token({ userId: 'ngo-gaya', states: ['BR'] }));
      const res = await api.post('/firs', fir()).expect(201);
      firId = res.body.firId;
      owner = res.body.accusedIds[0];
    });
    const forbidden = (res: { headers: Record<string, string>; body: unknown }, state = 'RJ') => {
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 403, code: 'JURISDICTION_FORBIDDEN', detail: expect.stringContaining(state) });
    };

    it('refuses with 403 to read a Rajasthan FIR, register one or record on it, without a token for RJ; nothing is written', async () => {
      const before = await eventCount();
      forbidden(await bihar.get(`/firs/${firId}`).expect(403));
      forbidden(await bihar.post('/firs', fir()).expect(403));
      forbidden(await bihar.post(`/firs/${firId}/victims`, { victims: [{ caseId: child2 }], addedAt: '2026-03-04T12:00:00+05:30' }).expect(403));
      forbidden(await bihar.post(`/firs/${firId}/bail-hearings`, { accusedId: owner, heldAt: '2026-03-20T11:30:00+05:30', court: 'Sessions Court', victimLawyerPresent: false, opposed: true, outcome: 'denied' }).expect(403));
      forbidden(await bihar.post(`/firs/${firId}/summons`, { caseId: child1, issuedAt: '2026-09-01T10:30:00+05:30', court: 'Special Court, Jaipur' }).expect(403));
      expect(await eventCount()).toBe(before);
      // An unknown FIR is still 404, whoever asks.
      await bihar.get(`/firs/${randomUUID()}`).expect(404);
    });

    it('lets a Bihar token take a FIR registered in Bihar, and refuses it to a Rajasthan one', async () => {
      const res = await bihar.post('/firs', fir({ district: 'BR-GAY', policeStation: 'Kotwali, Gaya' })).expect(201);
      const view = await bihar.get(`/firs/${res.body.firId}`).expect(200);
      expect(view.body).toMatchObject({ district: 'BR-GAY', state: 'BR' });
      forbidden(await api.get(`/firs/${res.body.firId}`).expect(403), 'BR');
    });

    it('lets a Bihar NGO record when it learned of a summons only for a child whose home is in Bihar', async () => {
      const fromJaipur = await legal.openCase({ homeDistrict: 'RJ-JPR' });
      const homeUnknown = await legal.openCase({ homeDistrict: null });
      await api.post(`/firs/${firId}/victims`, { victims: [{ caseId: fromJaipur }, { caseId: homeUnknown }], addedAt: '2026-03-04T12:00:00+05:30' }).expect(200);
      const summon = async (caseId: string) =>
        (await api.post(`/firs/${firId}/summons`, { caseId, issuedAt: '2026-09-01T10:30:00+05:30', court: 'Special Court, Jaipur' }).expect(200)).body.summonsId as string;
      const notice = { learnedAt: '2026-09-03T10:00:00+05:30', organisation: 'Synthetic NGO, Gaya' };
      const before = await eventCount();
      forbidden(await bihar.post(`/firs/${firId}/summons/${await summon(fromJaipur)}/ngo-notice`, notice).expect(403));
      forbidden(await bihar.post(`/firs/${firId}/summons/${await summon(homeUnknown)}/ngo-notice`, notice).expect(403));
      forbidden(await bihar.post(`/firs/${firId}/summons/${randomUUID()}/ngo-notice`, notice).expect(403));
      expect(await eventCount()).toBe(before + 2); // the two summons only
      const biharChild = await summon(child1);
      await bihar.post(`/firs/${firId}/summons/${biharChild}/ngo-notice`, notice).expect(200);
      // ...and nothing else on the summons: its service is the FIR's state's to record.
      forbidden(await bihar.post(`/firs/${firId}/summons/${biharChild}/service`, { servedAt: '2026-09-04T10:00:00+05:30' }).expect(403));
    });
  });
});
