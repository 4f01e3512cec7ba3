import { PROBLEM_CONTENT_TYPE } from '@setu/platform';
import { useServiceTestApp } from '@setu/service-kit/testing';
import { v7 as uuidv7 } from 'uuid';
import { CareModule } from '../care.module';
import { BANK_ACCOUNT_EXAMPLE } from './bank-account/bank-account.dto';
import { CARE_PLAN_EXAMPLE } from './care-plan/care-plan.dto';
import { COUNSELLING_SESSION_EXAMPLE } from './counselling/counselling-session.dto';
import { LEARNING_ASSESSMENT_EXAMPLE } from './education/education.dto';
import { HEALTH_CHECK_EXAMPLE } from './health/health-check.dto';
import { ADMISSION_EXAMPLE, DISCHARGE_EXAMPLE, FOUND_EXAMPLE, MISSING_EXAMPLE, TRANSFER_EXAMPLE } from './placement/placement.examples';

describe('care API over HTTP', () => {
  const t = useServiceTestApp({
    modules: [CareModule],
    principal: { userId: 'cw-7', orgId: 'ngo-jaipur', role: 'shelter_caseworker', states: ['RJ'] },
    logLevel: 'trace',
  });

  const http = () => t.http();
  const post = (caseId: string, path: string, body: object, headers: Record<string, string> = {}) => t.post(`/care/cases/${caseId}/${path}`, body, headers);
  const get = (caseId: string) => t.get(`/care/cases/${caseId}`);
  const careEvents = async (caseId: string) => (await t.store.readStream(`care-${caseId}`)).events;

  /** A case opened by the rescue service: only the existence of its stream matters to care. */
  const rescuedChild = (): Promise<string> => t.openRescueCase({ caseId: uuidv7() });

  describe('recording a fact', () => {
    it('answers 200 with ETag and the fact\'s id (a fact on the case, not a resource of its own), and records who, where and why', async () => {
      const caseId = await rescuedChild();
      const res = await post(caseId, 'admissions', ADMISSION_EXAMPLE, { 'X-Correlation-Id': 'corr-care-1' }).expect(200);

      expect(res.headers.location).toBeUndefined();
      expect(res.headers.etag).toBe('"0"');
      expect(res.body).toEqual({ caseId, id: expect.any(String), revision: 0 });
      const [admitted] = await careEvents(caseId);
      expect(admitted).toMatchObject({
        type: 'care.ShelterAdmitted',
        occurredAt: new Date('2026-03-02T04:30:00.000Z'),
        data: { caseId, admissionId: res.body.id, admittedAt: '2026-03-02T04:30:00.000Z', home: ADMISSION_EXAMPLE.home, cwcOrderReference: 'CWC/JPR/2026/0412' },
        metadata: {
          actor: { userId: 'cw-7', orgId: 'ngo-jaipur', role: 'shelter_caseworker' },
          jurisdiction: 'RJ',
          source: 'setu.care',
          correlationId: 'corr-care-1',
        },
      });
    });

    it('decides only on the revision named by If-Match: 409 with the actual revision, nothing written', async () => {
      const caseId = await rescuedChild();
      await post(caseId, 'admissions', ADMISSION_EXAMPLE).expect(200);
      await post(caseId, 'counselling-sessions', COUNSELLING_SESSION_EXAMPLE, { 'If-Match': '"0"' }).expect(200).expect('ETag', '"1"');

      const stale = await post(caseId, 'health-checks', HEALTH_CHECK_EXAMPLE, { 'If-Match': '"0"' }).expect(409);
      expect(stale.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', expectedRevision: 0, actualRevision: 1 });
      expect(await careEvents(caseId)).toHaveLength(2);
      await get(caseId).expect(200).expect('ETag', '"1"');
    });

    it('replays a retried command with the same Idempotency-Key and writes nothing more', async () => {
      const caseId = await rescuedChild();
      const first = await post(caseId, 'bank-accounts', BANK_ACCOUNT_EXAMPLE, { 'Idempotency-Key': 'bank-4821-1' }).expect(200);
      const retry = await post(caseId, 'bank-accounts', BANK_ACCOUNT_EXAMPLE, { 'Idempotency-Key': 'bank-4821-1' }).expect(200);

      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.headers.location).toBeUndefined();
      expect(retry.headers.etag).toBe('"0"');
      const events = await careEvents(caseId);
      expect(events).toHaveLength(1);
      expect(events[0]?.metadata.idempotencyKey).toBe('bank-4821-1');
    });
  });

  describe('refusing', () => {
    it('malformed input with 400 naming each field, and writes nothing', async () => {
      const caseId = await rescuedChild();
      const res = await post(caseId, 'admissions', {
        admittedAt: 'last Tuesday',
        home: { name: '', districtCode: 'Jaipur' },
        cwcOrderReference: 'CWC/JPR/2026/0412',
        childName: 'not a field',
      }).expect(400);

      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const fields = new Set((res.body.errors as { field: string }[]).map((e) => e.field));
      expect([...fields].sort()).toEqual(['admittedAt', 'childName', 'home.districtCode', 'home.name']);
      expect((await t.store.readStream(`care-${caseId}`)).exists).toBe(false);
    });

    it('a full account number, a fit-to-travel check without its verdict, a future time and a bad case id', async () => {
      const caseId = await rescuedChild();
      const fullNumber = await post(caseId, 'bank-accounts', { ...BANK_ACCOUNT_EXAMPLE, maskedAccountNumber: '30918274821' }).expect(400);
      expect(fullNumber.body.errors).toEqual([expect.objectContaining({ field: 'maskedAccountNumber' })]);
      expect(JSON.stringify(fullNumber.body)).not.toContain('30918274821');

      const noVerdict = await post(caseId, 'health-checks', { ...HEALTH_CHECK_EXAMPLE, phase: 'fit_to_travel' }).expect(400);
      expect(noVerdict.body.errors).toEqual([expect.objectContaining({ field: 'fitToTravel' })]);
      const verdictOnPeriodic = await post(caseId, 'health-checks', { ...HEALTH_CHECK_EXAMPLE, fitToTravel: true }).expect(400);
      expect(verdictOnPeriodic.body.errors).toEqual([expect.objectContaining({ field: 'fitToTravel' })]);

      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
      const future = await post(caseId, 'counselling-sessions', { ...COUNSELLING_SESSION_EXAMPLE, heldAt: tomorrow }).expect(400);
      expect(future.body.errors).toEqual([expect.objectContaining({ field: 'heldAt' })]);

      const badCase = await post('RJ-JPR-2026-00042', 'counselling-sessions', COUNSELLING_SESSION_EXAMPLE).expect(400);
      expect(badCase.body.errors).toEqual([expect.objectContaining({ field: 'caseId' })]);
      expect((await t.store.readStream(`care-${caseId}`)).exists).toBe(false);
    });

    it('a case the rescue service never opened with 422, writing nothing', async () => {
      const caseId = uuidv7();
      const res = await post(caseId, 'admissions', ADMISSION_EXAMPLE).expect(422);
      expect(res.body).toMatchObject({ code: 'UNKNOWN_CASE', errors: [{ field: 'caseId', message: expect.any(String) }] });
      expect((await t.store.readStream(`care-${caseId}`)).exists).toBe(false);
    });

    it('an unknown district, or a home outside Rajasthan, with 422 naming the field', async () => {
      const caseId = await rescuedChild();
      const res = await post(caseId, 'transfers', { ...TRANSFER_EXAMPLE, toHome: { name: 'Balgriha Gaya', districtCode: 'BR-GAY' }, fromHome: { name: 'X', districtCode: 'RJ-ZZZ' } }).expect(422);
      expect(res.body).toMatchObject({ code: 'UNKNOWN_CODE' });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['fromHome.districtCode', 'toHome.districtCode']);
    });

    it('facts that contradict the record with 422, writing nothing', async () => {
      const caseId = await rescuedChild();
      await post(caseId, 'admissions', ADMISSION_EXAMPLE).expect(200);
      const again = await post(caseId, 'admissions', { ...ADMISSION_EXAMPLE, cwcOrderReference: 'cwc/jpr/2026/0412' }).expect(422);
      expect(again.body).toMatchObject({ code: 'ADMISSION_ALREADY_RECORDED', errors: [{ field: 'cwcOrderReference' }] });
      const sameHome = await post(caseId, 'transfers', { ...TRANSFER_EXAMPLE, toHome: TRANSFER_EXAMPLE.fromHome }).expect(422);
      expect(sameHome.body).toMatchObject({ code: 'TRANSFER_TO_SAME_HOME', errors: [{ field: 'toHome' }] });
      const review = await post(caseId, 'care-plan/reviews', {
        reviewedAt: '2026-04-10T12:00:00+05:30',
        reviewedBy: 'Superintendent',
        progress: [{ goalId: uuidv7(), status: 'achieved' }],
      }).expect(422);
      expect(review.body).toMatchObject({ code: 'CARE_PLAN_NOT_CREATED' });
      const card = await post(caseId, 'report-cards', { issuedAt: '2026-05-25T10:00:00+05:30', issuedBy: 'Teacher', assessmentIds: [uuidv7()] }).expect(422);
      expect(card.body).toMatchObject({ code: 'ASSESSMENT_UNKNOWN', errors: [{ field: 'assessmentIds[0]' }] });
      expect(await careEvents(caseId)).toHaveLength(1);
    });

    it('a token without Rajasthan with 403, for writes and reads', async () => {
      const caseId = await rescuedChild();
      const bihar = await t.token({ states: ['BR'] });
      const res = await http().post(`/care/cases/${caseId}/admissions`).set('Authorization', `Bearer ${bihar}`).send(ADMISSION_EXAMPLE).expect(403);
      expect(res.body.code).toBe('JURISDICTION_FORBIDDEN');
      await http().get(`/care/cases/${caseId}`).set('Authorization', `Bearer ${bihar}`).expect(403);
      expect((await t.store.readStream(`care-${caseId}`)).exists).toBe(false);
    });
  });

  describe('reading back', () => {
    it('404 when nothing is recorded in care for the case', async () => {
      const res = await get(await rescuedChild()).expect(404);
      expect(res.body.code).toBe('CARE_RECORD_NOT_FOUND');
    });

    it('returns every fact recorded, with the revision in ETag', async () => {
      const caseId = await rescuedChild();
      const id = async (path: string, body: object): Promise<string> => ((await post(caseId, path, body).expect(200)).body as { id: string }).id;

      // Entered as they come in from paper: the transfer before the admission it follows.
      const transferId = await id('transfers', TRANSFER_EXAMPLE);
      const admissionId = await id('admissions', ADMISSION_EXAMPLE);
      const missingId = await id('missing-reports', MISSING_EXAMPLE);
      await post(caseId, 'found-reports', { ...FOUND_EXAMPLE, missingId }).expect(200);
      const sessionId = await id('counselling-sessions', COUNSELLING_SESSION_EXAMPLE);
      const planId = await id('care-plan', CARE_PLAN_EXAMPLE);
      const goals = ((await get(caseId).expect(200)).body as { carePlan: { goals: { goalId: string; domain: string }[] } }).carePlan.goals;
      const educationGoal = goals.find((g) => g.domain === 'education_skills')?.goalId;
      const reviewId = await id('care-plan/reviews', {
        reviewedAt: '2026-04-10T12:00:00+05:30',
        reviewedBy: 'Superintendent, Rajkiya Bal Griha',
        progress: [{ goalId: educationGoal, status: 'in_progress', note: 'Reads simple words' }],
        newGoals: [{ domain: 'physical_mental_health', goal: 'Eye test at the district hospital' }],
      });
      const checkId = await id('health-checks', HEALTH_CHECK_EXAMPLE);
      const fitId = await id('health-checks', { ...HEALTH_CHECK_EXAMPLE, phase: 'fit_to_travel', fitToTravel: true, examinedAt: '2026-05-28T10:00:00+05:30', referrals: [] });
      const preId = await id('learning-assessments', LEARNING_ASSESSMENT_EXAMPLE);
      const postId = await id('learning-assessments', { ...LEARNING_ASSESSMENT_EXAMPLE, test: 'post_test', assessedAt: '2026-05-20T10:00:00+05:30', classLevel: 3 });
      const cardId = await id('report-cards', { issuedAt: '2026-05-25T10:00:00+05:30', issuedBy: 'Shelter teacher', assessmentIds: [preId, postId] });
      const accountId = await id('bank-accounts', BANK_ACCOUNT_EXAMPLE);
      await post(caseId, 'discharge', DISCHARGE_EXAMPLE).expect(200);

      const res = await get(caseId).expect(200).expect('ETag', '"13"');
      const view = res.body;
      const { fromHome, toHome } = TRANSFER_EXAMPLE;
      expect(view).toMatchObject({
        caseId,
        status: 'discharged',
        currentHome: null,
        admissions: [{ admissionId, admittedAt: '2026-03-02T04:30:00.000Z', home: ADMISSION_EXAMPLE.home, cwcOrderReference: 'CWC/JPR/2026/0412' }],
        transfers: [{ transferId, transferredAt: '2026-04-10T03:30:00.000Z', fromHome, toHome, cwcOrderReference: 'CWC/JPR/2026/0733', reason: 'closer_to_home_state' }],
        missingEpisodes: [
          {
            missingId,
            lastSeenAt: '2026-04-20T15:00:00.000Z',
            home: toHome,
            reportedToPolice: true,
            policeStation: 'Ramganj',
            policeReportReference: 'DD 27/2026',
            found: { foundAt: '2026-04-22T02:45:00.000Z', foundBy: 'police', whereFound: 'Jaipur Junction railway station', returnedToShelter: true },
          },
        ],
        foundWithoutReport: [],
        discharges: [{ dischargedAt: '2026-06-01T01:30:00.000Z', reason: 'repatriation_to_home_state', cwcOrderReference: 'CWC/JPR/2026/1120', destinationDistrictCode: 'BR-GAY', home: toHome }],
        counsellingSessions: [{ ...COUNSELLING_SESSION_EXAMPLE, sessionId, heldAt: '2026-03-05T05:30:00.000Z' }],
        carePlan: {
          planId,
          createdAt: '2026-03-10T06:30:00.000Z',
          preparedBy: CARE_PLAN_EXAMPLE.preparedBy,
          nextReviewDue: '2026-04-09T18:30:00.000Z',
          documentId: CARE_PLAN_EXAMPLE.documentId,
          reviews: [{ reviewId, reviewedAt: '2026-04-10T06:30:00.000Z', progress: [{ goalId: educationGoal, status: 'in_progress', note: 'Reads simple words' }] }],
        },
        healthChecks: [
          { ...HEALTH_CHECK_EXAMPLE, checkId, examinedAt: '2026-04-01T05:00:00.000Z' },
          { checkId: fitId, phase: 'fit_to_travel', fitToTravel: true, referrals: [] },
        ],
        learningAssessments: [
          { ...LEARNING_ASSESSMENT_EXAMPLE, assessmentId: preId, assessedAt: '2026-03-06T04:30:00.000Z' },
          { assessmentId: postId, test: 'post_test', classLevel: 3 },
        ],
        reportCards: [{ reportCardId: cardId, issuedBy: 'Shelter teacher', assessments: [{ assessmentId: preId, classLevel: 1 }, { assessmentId: postId, classLevel: 3 }] }],
        bankAccounts: [{ accountId, bank: 'State Bank of India', branch: 'Johari Bazar, Jaipur', ifsc: 'SBIN0031234', holder: 'joint_with_guardian', accountNumberLast4: '4821' }],
      });
      expect(view.carePlan.goals).toHaveLength(7);
      expect(view.carePlan.goals.find((g: { goalId: string }) => g.goalId === educationGoal)).toMatchObject({ status: 'in_progress', lastReviewedAt: '2026-04-10T06:30:00.000Z' });
      expect(JSON.stringify(view)).not.toContain('XXXXXXX4821');
    });

    it('keeps a finding with no missing report apart, and follows field time for where the child is', async () => {
      const caseId = await rescuedChild();
      await post(caseId, 'found-reports', FOUND_EXAMPLE).expect(200);
      await post(caseId, 'admissions', ADMISSION_EXAMPLE).expect(200);
      const view = (await get(caseId).expect(200)).body;
      expect(view).toMatchObject({ status: 'in_shelter', currentHome: ADMISSION_EXAMPLE.home, foundWithoutReport: [{ foundBy: 'police' }], missingEpisodes: [] });
    });
  });

  it('never writes identifying data to the logs', () => {
    const text = t.logLines.join('\n');
    for (const secret of ['Jaipur Junction railway station', 'Weight gained 2 kg', 'Fungal infection', 'Reads simple words', 'Eye test', '30918274821']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('/care/cases/'); // the request log is there, without bodies
  });

  it('documents every endpoint with an example in the OpenAPI document', async () => {
    const doc = (await http().get('/docs/openapi.json').expect(200)).body;
    const commands = ['admissions', 'transfers', 'missing-reports', 'found-reports', 'discharge', 'counselling-sessions', 'care-plan', 'care-plan/reviews', 'health-checks', 'learning-assessments', 'report-cards', 'bank-accounts'];
    for (const path of commands) {
      const operation = doc.paths[`/care/cases/{caseId}/${path}`]?.post;
      expect({ path, documented: operation !== undefined }).toEqual({ path, documented: true });
      expect(operation.requestBody.content['application/json'].examples.synthetic.value).toBeDefined();
      expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '409', '422']);
      expect(operation.responses['200'].headers).toHaveProperty('ETag');
      expect(operation.responses['200'].headers).not.toHaveProperty('Location');
      expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['caseId', 'If-Match', 'Idempotency-Key']));
    }
    const read = doc.paths['/care/cases/{caseId}'].get;
    expect(read.responses['200'].content['application/json'].example.caseId).toBeDefined();
    expect(doc.components.schemas.CareCaseResponse.properties).toHaveProperty('carePlan');
  });
});
