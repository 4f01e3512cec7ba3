import { randomUUID } from 'node:crypto';
import { contractViolations, useReintegrationTestApp } from '../../testing/reintegration-test-app';

const child = {
  identifiedAt: '2026-05-02T11:30:00+05:30',
  learnedThrough: 'panchayat_or_vcpc',
  returnRoute: 'sent_by_employer_or_trafficker',
  returnedHomeAt: '2026-04-20',
  names: [
    { text: 'सोनू कुमार', script: 'Deva' },
    { text: 'Sonu Kumar', script: 'Latn' },
  ],
  aliases: ['Sonu Kr.'],
  guardian: { name: 'Ramesh Manjhi', relation: 'father' },
  sex: 'male',
  ageStated: 13,
  home: { districtCode: 'BR-GAY', block: 'Belaganj', village: 'Chakand' },
  workedInDistrict: 'RJ-JPR',
  summary: 'Came back by train with two other boys of the village.',
};
const scores = { safety_protection: 2, physical_mental_health: 3, education_skills: 2, livelihood_economic: 1, legal_justice: 2, social_acceptance_empowerment: 3 };
const IDENTIFYING = ['सोनू', 'Sonu', 'Ramesh', 'Chakand', 'Belaganj', 'Sunita', 'Utkramit', 'agent came'];

describe('reintegration cases over HTTP', () => {
  const t = useReintegrationTestApp();
  let fieldworker: string;
  beforeAll(async () => {
    fieldworker = await t.token();
  });
  const post = (path: string, body: object, headers: Record<string, string> = {}, token = fieldworker) =>
    t.http().post(path).set('Authorization', `Bearer ${token}`).set(headers).send(body);
  const get = (path: string) => t.http().get(path).set('Authorization', `Bearer ${fieldworker}`);

  describe('opening a case for a child who came home with no record', () => {
    it('answers 201 with Location, ETag and a reference per home district and year', async () => {
      const first = await post('/reintegration/cases', child).expect(201);
      expect(first.headers.location).toBe(`/reintegration/cases/${first.body.caseId}`);
      expect(first.headers.etag).toBe('"0"');
      expect(first.body).toEqual({ caseId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7/), reference: 'BR-GAY-2026-00001', revision: 0 });
      const second = await post('/reintegration/cases', child).expect(201);
      expect(second.body.reference).toBe('BR-GAY-2026-00002');
      const nalanda = await post('/reintegration/cases', { ...child, home: { districtCode: 'BR-NLD' } }).expect(201);
      expect(nalanda.body.reference).toBe('BR-NLD-2026-00001');

      const read = await get(String(first.headers.location)).expect(200).expect('ETag', '"0"');
      const { identifiedAt: _, returnedHomeAt: __, ...rest } = child;
      expect(read.body).toMatchObject({
        caseId: first.body.caseId,
        status: 'open',
        opened: { ...rest, reference: 'BR-GAY-2026-00001', identifiedAt: '2026-05-02T06:00:00.000Z', returnedHomeAt: '2026-04-20T00:00:00.000Z' },
      });
      const [opened] = await t.events(`reintegration-${first.body.caseId}`);
      expect(opened?.metadata).toMatchObject({ jurisdiction: 'BR', source: 'setu.reintegration', actor: { userId: 'fw-anita', role: 'fieldworker' } });
    });

    it('replays a retried opening with the same Idempotency-Key and writes nothing, not even a reference number', async () => {
      const headers = { 'Idempotency-Key': `open-${randomUUID()}` };
      const first = await post('/reintegration/cases', { ...child, home: { districtCode: 'BR-JMU' } }, headers).expect(201);
      const before = await t.countEvents('reintegration-');
      const retry = await post('/reintegration/cases', { ...child, home: { districtCode: 'BR-JMU' } }, headers).expect(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.location).toBe(first.headers.location);
      expect(await t.countEvents('reintegration-')).toBe(before);
      const next = await post('/reintegration/cases', { ...child, home: { districtCode: 'BR-JMU' } }).expect(201);
      expect(next.body.reference).toBe('BR-JMU-2026-00002');
      const [opened] = await t.events(`reintegration-${first.body.caseId}`);
      expect(opened?.metadata.idempotencyKey).toBe(headers['Idempotency-Key']);
    });

    it('answers 400 naming each malformed field, and writes nothing', async () => {
      const before = await t.countEvents('reintegration-');
      const res = await post('/reintegration/cases', {
        ...child,
        identifiedAt: '2099-01-01T00:00:00Z',
        names: [],
        sex: 'boy',
        home: { districtCode: 'Gaya' },
        returnedHomeAt: '2026-04-20T10:00:00',
        nickname: 'x',
      }).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(
        new Set(['identifiedAt', 'names', 'sex', 'home.districtCode', 'returnedHomeAt', 'nickname']),
      );
      expect(await t.countEvents('reintegration-')).toBe(before);
    });

    it('refuses with 422 UNKNOWN_CODE a district not in the reference data, or a home outside Bihar, before taking a reference number', async () => {
      const before = await t.countEvents('reintegration-');
      const res = await post('/reintegration/cases', { ...child, home: { districtCode: 'RJ-JPR' }, workedInDistrict: 'RJ-XYZ' }).expect(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ code: 'UNKNOWN_CODE', see: '/reference/districts' });
      expect(res.body.errors).toEqual([
        { field: 'home.districtCode', message: 'RJ-JPR is not a district of BR' },
        { field: 'workedInDistrict', message: 'RJ-XYZ is not a known district code' },
      ]);
      await post('/reintegration/cases', { ...child, home: { districtCode: 'BR-DBG' }, workedInDistrict: 'RJ-XYZ' }).expect(422);
      expect(await t.countEvents('reintegration-')).toBe(before);
      expect((await post('/reintegration/cases', { ...child, home: { districtCode: 'BR-DBG' } }).expect(201)).body.reference).toBe('BR-DBG-2026-00001');
    });
  });

  describe('facts on a case', () => {
    it('refuses with 422 a case that neither rescue nor reintegration opened, and writes nothing', async () => {
      const unknown = randomUUID();
      const before = await t.countEvents('reintegration-');
      const res = await post(`/reintegration/cases/${unknown}/assignments`, {
        assignedAt: '2026-04-22',
        homeDistrict: 'BR-GAY',
        ngo: { name: 'Gaya Bal Suraksha Manch' },
        fieldworker: { name: 'Anita Kumari' },
      }).expect(422);
      expect(res.body).toMatchObject({ code: 'UNKNOWN_CASE', errors: [{ field: 'caseId' }] });
      expect(await t.countEvents('reintegration-')).toBe(before);
      await get(`/reintegration/cases/${unknown}`).expect(404);
    });

    it('refuses with 422 UNKNOWN_CODE an unknown district on a fact, naming it, and writes nothing', async () => {
      const caseId = await t.openRescueCase();
      const res = await post(`/reintegration/cases/${caseId}/transfer-orders`, {
        orderNumber: 'CWC/JPR/2026/0401',
        orderedAt: '2026-04-02',
        orderingDistrict: 'RJ-JPR',
        receivingDistrict: 'BR-XYZ',
      }).expect(422);
      expect(res.body).toMatchObject({ code: 'UNKNOWN_CODE', see: '/reference/districts', errors: [{ field: 'receivingDistrict' }] });
      expect(await t.countEvents(`reintegration-${caseId}`)).toBe(0);
    });

    it('shows a case known to rescue with no reintegration fact as empty, at revision -1', async () => {
      const caseId = await t.openRescueCase();
      const res = await get(`/reintegration/cases/${caseId}`).expect(200).expect('ETag', '"-1"');
      expect(res.body).toMatchObject({ caseId, status: 'none', transferOrders: [], followUpVisits: [] });
    });

    it('takes the ETag "-1" of a case with no reintegration fact as If-Match: only while there is still none', async () => {
      const caseId = await t.openRescueCase();
      const etag = (await get(`/reintegration/cases/${caseId}`).expect(200)).headers.etag;
      const path = `/reintegration/cases/${caseId}/needs-assessments`;
      await post(path, { assessedAt: '2026-05-05', scores }, { 'If-Match': etag }).expect(200).expect('ETag', '"0"');
      const stale = await post(path, { assessedAt: '2026-05-06', scores }, { 'If-Match': etag }).expect(409);
      expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualRevision: 0 });
    });

    it('answers 400 for a malformed case id or If-Match, naming it', async () => {
      const bad = await post('/reintegration/cases/not-a-uuid/needs-assessments', { assessedAt: '2026-05-05', scores }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'caseId' })]);
      const caseId = await t.openRescueCase();
      const ifMatch = await post(`/reintegration/cases/${caseId}/needs-assessments`, { assessedAt: '2026-05-05', scores }, { 'If-Match': 'latest' }).expect(400);
      expect(ifMatch.body).toMatchObject({ code: 'IF_MATCH_INVALID' });
    });

    it('decides on the If-Match revision only: 409 with the actual revision when stale', async () => {
      const caseId = await t.openRescueCase();
      const path = `/reintegration/cases/${caseId}/needs-assessments`;
      await post(path, { assessedAt: '2026-05-05', scores }).expect(200).expect('ETag', '"0"');
      await post(path, { assessedAt: '2026-06-05', scores }, { 'If-Match': '"0"' }).expect(200).expect('ETag', '"1"');
      const stale = await post(path, { assessedAt: '2026-07-05', scores }, { 'If-Match': '"0"' }).expect(409);
      expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualRevision: 1 });
      expect(await t.countEvents(`reintegration-${caseId}`)).toBe(2);
    });

    it('replays a retried fact with the same Idempotency-Key and writes nothing', async () => {
      const caseId = await t.openRescueCase();
      const headers = { 'Idempotency-Key': `visit-${randomUUID()}` };
      const visit = { visitedAt: '2026-06-05T10:30:00+05:30', mode: 'phone', metWith: [{ relation: 'mother' }], threatsReported: false };
      const first = await post(`/reintegration/cases/${caseId}/follow-up-visits`, visit, headers).expect(200);
      const retry = await post(`/reintegration/cases/${caseId}/follow-up-visits`, visit, headers).expect(200);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe('"0"');
      const events = await t.events(`reintegration-${caseId}`);
      expect(events).toHaveLength(1);
      expect(events[0]?.metadata.idempotencyKey).toBe(headers['Idempotency-Key']);
    });

    it('answers 400 for rules across fields: a class for a regular school, a name for an "other" entitlement', async () => {
      const caseId = await t.openRescueCase();
      const school = await post(`/reintegration/cases/${caseId}/school-enrolments`, { enrolledAt: '2026-06-15', kind: 'school', schoolName: 'Utkramit Madhya Vidyalaya' }).expect(400);
      expect(school.body.errors.map((e: { field: string }) => e.field)).toEqual(['grade', 'grade', 'grade']);
      await post(`/reintegration/cases/${caseId}/school-enrolments`, { enrolledAt: '2026-06-15', kind: 'bridge_school', schoolName: 'NRSTC Chakand' }).expect(200);
      const other = await post(`/reintegration/cases/${caseId}/entitlements`, { appliedAt: '2026-05-20', kind: 'other', beneficiary: 'child' }).expect(400);
      expect(new Set(other.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['otherKind']));
      const masked = await post(`/reintegration/cases/${caseId}/entitlements`, { appliedAt: '2026-05-20', kind: 'ration_card', beneficiary: 'household' }).expect(200);
      const full = await post(`/reintegration/cases/${caseId}/entitlements/${masked.body.entitlementId}/receipt`, {
        receivedAt: '2026-07-10',
        documentNumberMasked: '123456784821',
      }).expect(400);
      expect(full.body.errors).toEqual([expect.objectContaining({ field: 'documentNumberMasked' })]);
    });
  });

  describe('every fact of stages 7 and 8, recorded and read back', () => {
    let caseId: string;
    let laterCaseId: string;
    const ids: Record<string, string> = {};
    // A token of both states: each fact is recorded under its own state.
    let both: string;
    const fact = async (path: string, body: object, status = 200) => {
      const res = await post(`/reintegration/cases/${caseId}/${path}`, body, {}, both);
      expect(res.status).toBe(status);
      return res.body as Record<string, unknown>;
    };

    beforeAll(async () => {
      both = await t.token({ states: ['RJ', 'BR'] });
      caseId = await t.openRescueCase();
      laterCaseId = await t.openRescueCase();
      ids.order = String((await fact('transfer-orders', { orderNumber: 'CWC/JPR/2026/0311', orderedAt: '2026-04-02T12:00:00+05:30', orderingDistrict: 'RJ-JPR', receivingDistrict: 'BR-GAY', escortAgency: 'sjpu' })).orderId);
      await fact(`transfer-orders/${ids.order}/acceptance`, { acceptedAt: '2026-04-06T15:00:00+05:30', decidingDistrict: 'BR-GAY', referenceNumber: 'CWC/GAY/2026/118' });
      ids.refusedOrder = String((await fact('transfer-orders', { orderNumber: 'CWC/JPR/2026/0290', orderedAt: '2026-03-20', orderingDistrict: 'RJ-JPR', receivingDistrict: 'BR-NWD' })).orderId);
      await fact(`transfer-orders/${ids.refusedOrder}/refusal`, { refusedAt: '2026-03-25', decidingDistrict: 'BR-NWD', reason: 'child_not_from_district', summary: 'Not from Nawada.' });
      await fact('sent-home-outside-channel', { sentAt: '2026-04-18', sentBy: 'shelter_home', senderName: 'Aashray Children\'s Home, Jaipur', homeDistrict: 'BR-GAY', arrivedHomeAt: '2026-04-20', learnedThrough: 'fieldworker_outreach' });
      await fact('assignments', { assignedAt: '2026-04-22T10:00:00+05:30', homeDistrict: 'BR-GAY', ngo: { name: 'Gaya Bal Suraksha Manch', orgId: 'org-ngo-gaya' }, fieldworker: { name: 'Anita Kumari', userId: 'fw-anita' }, assignedBy: 'dcpu' });
      await fact('needs-assessments', { assessedAt: '2026-05-05T11:00:00+05:30', scores, priorityDomains: ['livelihood_economic'], summary: 'No ration card.' });
      await fact('follow-up-visits', {
        visitedAt: '2026-06-05T10:30:00+05:30',
        mode: 'in_person',
        metWith: [{ relation: 'child' }, { relation: 'mother', name: 'Sunita Devi' }],
        scores: { education_skills: 3 },
        schoolStatus: 'attending',
        entitlements: [{ kind: 'health_insurance', status: 'applied' }],
        threatsReported: true,
      });
      await fact('school-enrolments', { enrolledAt: '2026-06-15', kind: 'school', schoolName: 'Utkramit Madhya Vidyalaya, Chakand', udiseCode: '10240305601', schoolDistrict: 'BR-GAY', management: 'government', grade: 6 });
      ids.entitlement = String((await fact('entitlements', { appliedAt: '2026-05-20', kind: 'health_insurance', scheme: 'Ayushman Bharat PM-JAY', beneficiary: 'household' })).entitlementId);
      await fact(`entitlements/${ids.entitlement}/receipt`, { receivedAt: '2026-07-10', documentNumberMasked: 'XXXX-XXXX-4821' });
      ids.support = String((await fact('livelihood-support', { providedAt: '2026-07-01', kind: 'productive_asset', provider: 'Gaya Bal Suraksha Manch', beneficiary: 'household', amountRupees: 12000 })).supportId);
      ids.threat = String((await fact('threats', { reportedAt: '2026-06-01T17:00:00+05:30', kind: 'pressure_to_turn_hostile', source: 'trafficker_or_agent', policeInformed: false, summary: 'The agent came to the house.' })).threatId);
      await fact(`threats/${ids.threat}/police-report`, { informedAt: '2026-06-02T11:00:00+05:30', policeStation: 'Belaganj PS', policeReference: 'SD 112/2026' });
      ids.suspicion = String((await fact('re-trafficking-suspicions', { suspectedAt: '2026-09-01', grounds: 'missing_from_home' })).suspicionId);
      await fact(`re-trafficking-suspicions/${ids.suspicion}/confirmation`, { confirmedAt: '2026-10-01', laterCaseId, foundInDistrict: 'RJ-JPR' });
      ids.ruledOut = String((await fact('re-trafficking-suspicions', { suspectedAt: '2026-08-01', grounds: 'reported_by_community' })).suspicionId);
      await fact(`re-trafficking-suspicions/${ids.ruledOut}/ruling-out`, { ruledOutAt: '2026-08-05', reason: 'child_at_home' });
      await fact('closure', { closedAt: '2026-10-30', reason: 're_trafficked', closingScores: { safety_protection: 1 } });
      await fact('reopening', { reopenedAt: '2026-11-10', reason: 'threat_or_harassment' });
    });

    it('reads every fact back in the case view, with the revision in ETag', async () => {
      const res = await get(`/reintegration/cases/${caseId}`).expect(200).expect('ETag', '"19"');
      expect(res.body).toMatchObject({
        caseId,
        status: 'open',
        opened: null,
        transferOrders: [
          {
            orderId: ids.order,
            orderNumber: 'CWC/JPR/2026/0311',
            orderedAt: '2026-04-02T06:30:00.000Z',
            receivingDistrict: 'BR-GAY',
            escortAgency: 'sjpu',
            decisions: [{ decision: 'accepted', acceptedAt: '2026-04-06T09:30:00.000Z', decidingDistrict: 'BR-GAY', referenceNumber: 'CWC/GAY/2026/118' }],
          },
          { orderId: ids.refusedOrder, decisions: [{ decision: 'refused', reason: 'child_not_from_district', refusedAt: '2026-03-25T00:00:00.000Z' }] },
        ],
        sentHomeOutsideChannel: [{ sentAt: '2026-04-18T00:00:00.000Z', sentBy: 'shelter_home', arrivedHomeAt: '2026-04-20T00:00:00.000Z', learnedThrough: 'fieldworker_outreach' }],
        assignments: [{ assignedAt: '2026-04-22T04:30:00.000Z', ngo: { name: 'Gaya Bal Suraksha Manch' }, fieldworker: { name: 'Anita Kumari', userId: 'fw-anita' }, assignedBy: 'dcpu' }],
        needsAssessments: [{ assessedAt: '2026-05-05T05:30:00.000Z', scores, priorityDomains: ['livelihood_economic'] }],
        followUpVisits: [{ visitedAt: '2026-06-05T05:00:00.000Z', mode: 'in_person', metWith: [{ relation: 'child' }, { relation: 'mother', name: 'Sunita Devi' }], schoolStatus: 'attending', threatsReported: true }],
        latestScores: { education_skills: { score: 3, at: '2026-06-05T05:00:00.000Z' }, livelihood_economic: { score: 1, at: '2026-05-05T05:30:00.000Z' } },
        schoolEnrolments: [{ kind: 'school', grade: 6, udiseCode: '10240305601', enrolledAt: '2026-06-15T00:00:00.000Z' }],
        entitlements: [{ entitlementId: ids.entitlement, kind: 'health_insurance', received: { receivedAt: '2026-07-10T00:00:00.000Z', documentNumberMasked: 'XXXX-XXXX-4821' } }],
        livelihoodSupport: [{ supportId: ids.support, kind: 'productive_asset', amountRupees: 12000 }],
        threats: [{ threatId: ids.threat, policeInformed: false, policeReports: [{ policeStation: 'Belaganj PS', policeReference: 'SD 112/2026' }] }],
        reTrafficking: [
          { suspicionId: ids.suspicion, grounds: 'missing_from_home', confirmation: { laterCaseId, foundInDistrict: 'RJ-JPR' }, ruledOut: null },
          { suspicionId: ids.ruledOut, confirmation: null, ruledOut: { reason: 'child_at_home' } },
        ],
        closures: [
          {
            closedAt: '2026-10-30T00:00:00.000Z',
            reason: 're_trafficked',
            criteriaMetFrom: 3,
            allDomainsMetCriteria: false,
            domainsBelowCriteria: ['safety_protection', 'livelihood_economic', 'legal_justice'],
            latestScores: { ...scores, safety_protection: 1, education_skills: 3 },
          },
        ],
        reopenings: [{ reopenedAt: '2026-11-10T00:00:00.000Z', reason: 'threat_or_harassment' }],
      });
    });

    it('stores events that match their contracts, each under the state it belongs to', async () => {
      const events = await t.events(`reintegration-${caseId}`);
      expect(contractViolations(events)).toEqual([]);
      const stateOf = (type: string) => events.find((e) => e.type === type)?.metadata.jurisdiction;
      expect(stateOf('reintegration.TransferOrdered')).toBe('RJ');
      expect(stateOf('reintegration.TransferAccepted')).toBe('BR');
      expect(stateOf('reintegration.FollowUpVisited')).toBe('BR');
    });

    it('records a fact under the caller\'s own state when the token does not cover the fact\'s', async () => {
      await post(`/reintegration/cases/${caseId}/transfer-orders`, { orderNumber: 'CWC/JPR/2026/0400', orderedAt: '2026-11-01', orderingDistrict: 'RJ-JPR', receivingDistrict: 'BR-GAY' }).expect(200);
      const events = await t.events(`reintegration-${caseId}`);
      expect(events.at(-1)?.metadata.jurisdiction).toBe('BR');
    });

    it('refuses what cannot be: unknown references with 422, impossible state changes with 409, writing nothing', async () => {
      const before = await t.countEvents(`reintegration-${caseId}`);
      const unknownOrder = await fact(`transfer-orders/${randomUUID()}/acceptance`, { acceptedAt: '2026-04-06', decidingDistrict: 'BR-GAY' }, 422);
      expect(unknownOrder).toMatchObject({ code: 'TRANSFER_ORDER_UNKNOWN', errors: [{ field: 'orderId' }] });
      expect(await fact(`entitlements/${randomUUID()}/receipt`, { receivedAt: '2026-07-10' }, 422)).toMatchObject({ code: 'ENTITLEMENT_UNKNOWN' });
      expect(await fact(`threats/${randomUUID()}/police-report`, { informedAt: '2026-06-02', policeStation: 'Belaganj PS' }, 422)).toMatchObject({ code: 'THREAT_UNKNOWN' });
      expect(await fact(`re-trafficking-suspicions/${randomUUID()}/ruling-out`, { ruledOutAt: '2026-08-05', reason: 'other' }, 422)).toMatchObject({
        code: 'RE_TRAFFICKING_SUSPICION_UNKNOWN',
      });
      expect(await fact(`re-trafficking-suspicions/${ids.suspicion}/ruling-out`, { ruledOutAt: '2026-10-05', reason: 'other' }, 409)).toMatchObject({
        code: 'RE_TRAFFICKING_ALREADY_CONFIRMED',
      });
      const laterUnknown = await fact(`re-trafficking-suspicions/${ids.ruledOut}/confirmation`, { confirmedAt: '2026-10-01', laterCaseId: randomUUID() }, 422);
      expect(laterUnknown).toMatchObject({ code: 'UNKNOWN_CASE', errors: [{ field: 'laterCaseId' }] });
      expect(await fact('reopening', { reopenedAt: '2026-11-11', reason: 'other' }, 409)).toMatchObject({ code: 'CASE_NOT_CLOSED' });
      await fact('closure', { closedAt: '2026-11-12', reason: 'lost_contact' });
      expect(await fact('closure', { closedAt: '2026-11-13', reason: 'lost_contact' }, 409)).toMatchObject({ code: 'CASE_ALREADY_CLOSED' });
      expect(await t.countEvents(`reintegration-${caseId}`)).toBe(before + 1);
    });
  });

  it('writes no identifying data to the logs', () => {
    expect(t.logLines.length).toBeGreaterThan(0);
    const leaked = t.logLines.filter((line) => IDENTIFYING.some((text) => line.includes(text)));
    expect(leaked).toEqual([]);
  });

  it('documents every endpoint in the OpenAPI document, with examples', async () => {
    const doc = (await t.http().get('/docs/openapi.json').expect(200)).body;
    const base = '/reintegration/cases/{caseId}';
    const posts = [
      '/reintegration/cases',
      `${base}/transfer-orders`,
      `${base}/transfer-orders/{orderId}/acceptance`,
      `${base}/transfer-orders/{orderId}/refusal`,
      `${base}/sent-home-outside-channel`,
      `${base}/assignments`,
      `${base}/needs-assessments`,
      `${base}/follow-up-visits`,
      `${base}/school-enrolments`,
      `${base}/entitlements`,
      `${base}/entitlements/{entitlementId}/receipt`,
      `${base}/livelihood-support`,
      `${base}/threats`,
      `${base}/threats/{threatId}/police-report`,
      `${base}/re-trafficking-suspicions`,
      `${base}/re-trafficking-suspicions/{suspicionId}/confirmation`,
      `${base}/re-trafficking-suspicions/{suspicionId}/ruling-out`,
      `${base}/closure`,
      `${base}/reopening`,
      '/batches',
      '/batches/{batchId}/children',
      '/batches/{batchId}/children/{caseId}/removal',
      '/batches/{batchId}/departure-reschedules',
      '/batches/{batchId}/departure',
      '/batches/{batchId}/arrival',
      '/batches/{batchId}/children/{caseId}/handover',
    ];
    for (const path of posts) {
      const operation = doc.paths[path]?.post;
      expect({ path, summary: operation?.summary }).toEqual({ path, summary: expect.any(String) });
      const ok = operation.responses['201'] ?? operation.responses['200'];
      expect({ path, example: ok.content['application/json'].example }).toEqual({ path, example: expect.objectContaining({ revision: expect.any(Number) }) });
      expect(operation.requestBody.content['application/json'].schema.$ref).toMatch(/RequestDto$/);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['400', '401', '422']));
    }
    type Property = { example?: unknown; $ref?: string; allOf?: unknown };
    const undocumented = Object.entries(doc.components.schemas as Record<string, { properties?: Record<string, Property> }>)
      .filter(([name]) => name.endsWith('Dto'))
      .flatMap(([name, schema]) => Object.entries(schema.properties ?? {}).map(([field, p]) => [`${name}.${field}`, p] as const))
      .filter(([, p]) => p.example === undefined && p.$ref === undefined && p.allOf === undefined)
      .map(([field]) => field);
    expect(undocumented).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('"#/components/schemas/"');
    for (const path of [base, '/batches/{batchId}']) expect(doc.paths[path].get.responses['200'].content['application/json'].example).toBeDefined();
  });
});
