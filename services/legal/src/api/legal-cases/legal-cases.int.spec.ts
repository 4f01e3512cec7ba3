import { randomUUID } from 'node:crypto';
import { authed, useLegalTestApp } from '../../testing/legal-test-app';

describe('a child\'s legal record over HTTP', () => {
  let api: ReturnType<typeof authed>;
  const legal = useLegalTestApp();

  let firId: string;
  beforeAll(async () => {
    api = authed(legal.app, await legal.token());
    const fir = await api
      .post('/firs', { number: '0042/2026', policeStation: 'Bhatta Basti, Jaipur', district: 'RJ-JPR', registeredAt: '2026-02-10T20:00:00+05:30', sections: ['BNS-143'] })
      .expect(201);
    firId = fir.body.firId;
  });

  const statement = { recordedAt: '2026-02-14T14:00:00+05:30', magistrate: 'Metropolitan Magistrate No. 4, Jaipur', court: 'Court of the MM No. 4, Jaipur', byVideo: false };
  const claim = { scheme: 'victim_compensation', appliedAt: '2026-02-20T11:00:00+05:30', authority: 'DLSA Jaipur Metropolitan-I' };
  const streamOf = async (caseId: string) => (await legal.store.readStream(`legal-${caseId}`)).events;

  it('shows a case with no legal facts as empty at revision -1, ETag "-1"; an unknown case is 404', async () => {
    const caseId = await legal.openCase();
    const res = await api.get(`/legal/cases/${caseId}`).expect(200).expect('ETag', '"-1"');
    expect(res.body).toEqual({ caseId, statements: [], lawyers: [], releaseCertificates: [], compensationClaims: [], revision: -1 });
    const unknown = await api.get(`/legal/cases/${randomUUID()}`).expect(404);
    expect(unknown.body).toMatchObject({ code: 'CASE_NOT_FOUND' });
  });

  it('takes the ETag "-1" of a case with no legal facts as If-Match: only while there is still none', async () => {
    const caseId = await legal.openCase();
    const etag = (await api.get(`/legal/cases/${caseId}`).expect(200)).headers.etag;
    await api.post(`/legal/cases/${caseId}/statements`, statement).set('If-Match', etag).expect(200).expect('ETag', '"0"');
    const stale = await api.post(`/legal/cases/${caseId}/lawyer-authorisations`, { lawyerName: 'Adv. Synthetic', authorisedBy: 'mother', authorisedAt: '2026-02-18T12:00:00+05:30' }).set('If-Match', etag).expect(409);
    expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualRevision: 0 });
    expect(await streamOf(caseId)).toHaveLength(1);
    await api.get(`/legal/cases/${caseId}`).expect(200).expect('ETag', '"0"');
  });

  it('refuses facts about a case that does not exist with 404, and writes nothing', async () => {
    const caseId = randomUUID();
    await api.post(`/legal/cases/${caseId}/statements`, statement).expect(404);
    await api.post(`/legal/cases/${caseId}/compensation-claims`, claim).expect(404);
    expect(await streamOf(caseId)).toEqual([]);
  });

  it('records every per-child fact and reads it back, compensation claims included', async () => {
    const caseId = await legal.openCase();
    const base = `/legal/cases/${caseId}`;
    const first = await api.post(`${base}/statements`, { ...statement, firId }).expect(200);
    expect(first.headers.etag).toBe('"0"');
    // Taken by video after the child went home: a late fact, accepted.
    const late = await api.post(`${base}/statements`, { ...statement, recordedAt: '2026-07-01T11:00:00+05:30', byVideo: true, section: 'BNSS-183' }).expect(200);
    await api.post(`${base}/lawyer-authorisations`, { lawyerName: 'Adv. Synthetic Name Beta', enrolmentNumber: 'R/1234/2011', authorisedBy: 'father', authorisedAt: '2026-02-18T12:00:00+05:30' }).expect(200);
    await api.post(`${base}/release-certificates`, { certificateNumber: 'BLRC/JPR/2026/0031', issuedAt: '2026-02-12T16:00:00+05:30', issuedBy: 'SDM Jaipur (North)', district: 'RJ-JPR' }).expect(200);

    const applied = await api.post(`${base}/compensation-claims`, { ...claim, applicationNumber: 'DLSA/118', amountClaimed: 200000, firId }).expect(201);
    const { claimId } = applied.body as { claimId: string };
    expect(applied.headers.location).toBe(`${base}/compensation-claims/${claimId}`);
    await api.post(`${base}/compensation-claims/${claimId}/inquiries`, { heldAt: '2026-04-22T11:00:00+05:30' }).expect(200);
    await api.post(`${base}/compensation-claims/${claimId}/awards`, { awardedAt: '2026-05-05T11:00:00+05:30', amount: 30000, interim: true }).expect(200);
    await api.post(`${base}/compensation-claims/${claimId}/awards`, { awardedAt: '2026-06-05T11:00:00+05:30', amount: 170000, orderNumber: 'DLSA/118/ORD' }).expect(200);
    await api
      .post(`${base}/compensation-claims/${claimId}/payments`, { paidAt: '2026-06-20T11:00:00+05:30', amount: 200000, account: { holder: 'child', bank: 'State Bank of India, Gaya', last4: '4821' } })
      .expect(200);
    const deposit = (await api.post(`${base}/compensation-claims`, { scheme: 'employer_deposit', appliedAt: '2026-02-21T11:00:00+05:30', authority: 'Labour Department, Jaipur' }).expect(201)).body.claimId;
    await api.post(`${base}/compensation-claims/${deposit}/rejections`, { rejectedAt: '2026-05-01T11:00:00+05:30', reason: 'documents_missing', note: 'Passbook copy not enclosed.' }).expect(200);

    const res = await api.get(base).expect(200);
    expect(res.headers.etag).toBe(`"${res.body.revision}"`);
    expect(res.body).toEqual({
      caseId,
      revision: 10,
      statements: [
        {
          statementId: first.body.statementId,
          recordedAt: '2026-02-14T08:30:00.000Z',
          section: 'BNSS-183',
          magistrate: statement.magistrate,
          court: statement.court,
          byVideo: false,
          firId,
        },
        { statementId: late.body.statementId, recordedAt: '2026-07-01T05:30:00.000Z', section: 'BNSS-183', magistrate: statement.magistrate, court: statement.court, byVideo: true },
      ],
      lawyers: [{ lawyerName: 'Adv. Synthetic Name Beta', enrolmentNumber: 'R/1234/2011', authorisedBy: 'father', authorisedAt: '2026-02-18T06:30:00.000Z' }],
      releaseCertificates: [{ certificateNumber: 'BLRC/JPR/2026/0031', issuedAt: '2026-02-12T10:30:00.000Z', issuedBy: 'SDM Jaipur (North)', district: 'RJ-JPR' }],
      compensationClaims: [
        {
          claimId,
          scheme: 'victim_compensation',
          appliedAt: '2026-02-20T05:30:00.000Z',
          authority: 'DLSA Jaipur Metropolitan-I',
          applicationNumber: 'DLSA/118',
          amountClaimed: 200000,
          firId,
          status: 'paid',
          inquiries: [{ heldAt: '2026-04-22T05:30:00.000Z' }],
          awards: [
            { awardedAt: '2026-05-05T05:30:00.000Z', amount: 30000, interim: true },
            { awardedAt: '2026-06-05T05:30:00.000Z', amount: 170000, interim: false, orderNumber: 'DLSA/118/ORD' },
          ],
          payments: [{ paidAt: '2026-06-20T05:30:00.000Z', amount: 200000, account: { holder: 'child', bank: 'State Bank of India, Gaya', last4: '4821' } }],
          rejections: [],
          totalAwarded: 200000,
          totalPaid: 200000,
        },
        {
          claimId: deposit,
          scheme: 'employer_deposit',
          appliedAt: '2026-02-21T05:30:00.000Z',
          authority: 'Labour Department, Jaipur',
          status: 'rejected',
          inquiries: [],
          awards: [],
          payments: [],
          rejections: [{ rejectedAt: '2026-05-01T05:30:00.000Z', reason: 'documents_missing', note: 'Passbook copy not enclosed.' }],
          totalAwarded: 0,
          totalPaid: 0,
        },
      ],
    });

    const one = await api.get(`${base}/compensation-claims/${deposit}`).expect(200);
    expect(one.body).toMatchObject({ claimId: deposit, status: 'rejected', revision: 10 });
    expect(one.headers.etag).toBe('"10"');
    await api.get(`${base}/compensation-claims/${randomUUID()}`).expect(404);
  });

  it('accepts a payment with no award recorded, and refuses a claim that was never made with 404', async () => {
    const caseId = await legal.openCase();
    const base = `/legal/cases/${caseId}/compensation-claims`;
    const { claimId } = (await api.post(base, { ...claim, scheme: 'bihar_cm_relief_fund', authority: 'CM Relief Fund, Patna' }).expect(201)).body;
    const payment = { paidAt: '2026-06-20T11:00:00+05:30', amount: 25000, account: { holder: 'guardian', bank: 'Bihar Gramin Bank', last4: '0042' } };
    await api.post(`${base}/${claimId}/payments`, payment).expect(200);
    const missing = await api.post(`${base}/${randomUUID()}/payments`, payment).expect(404);
    expect(missing.body).toMatchObject({ code: 'CLAIM_NOT_FOUND' });
    expect((await streamOf(caseId)).map((e) => e.type)).toEqual(['legal.CompensationApplied', 'legal.CompensationPaid']);
  });

  it('never takes a full account number: only its last four digits', async () => {
    const caseId = await legal.openCase();
    const { claimId } = (await api.post(`/legal/cases/${caseId}/compensation-claims`, claim).expect(201)).body;
    const res = await api
      .post(`/legal/cases/${caseId}/compensation-claims/${claimId}/payments`, { paidAt: '2026-06-20T11:00:00+05:30', amount: 1, account: { holder: 'child', bank: 'SBI', last4: '30012345674821' } })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'account.last4' })]);
  });

  it('refuses malformed facts naming each field, and writes nothing', async () => {
    const caseId = await legal.openCase();
    const future = new Date(Date.now() + 3600 * 1000).toISOString();
    const bad = await api.post(`/legal/cases/${caseId}/statements`, { recordedAt: future, magistrate: '', byVideo: 'yes', section: 'IPC-164' }).expect(400);
    expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['recordedAt', 'magistrate', 'court', 'byVideo', 'section']));
    const amounts = await api
      .post(`/legal/cases/${caseId}/compensation-claims`, { ...claim, scheme: 'lottery', amountClaimed: 1500.5 })
      .expect(400);
    expect(new Set(amounts.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['scheme', 'amountClaimed']));
    expect(await streamOf(caseId)).toEqual([]);
  });

  it('refuses a FIR that is not registered and an unknown district with 422', async () => {
    const caseId = await legal.openCase();
    const fir = await api.post(`/legal/cases/${caseId}/statements`, { ...statement, firId: randomUUID() }).expect(422);
    expect(fir.body).toMatchObject({ code: 'UNKNOWN_FIR', errors: [{ field: 'firId' }] });
    const district = await api
      .post(`/legal/cases/${caseId}/release-certificates`, { certificateNumber: 'X/1', issuedAt: '2026-02-12T16:00:00+05:30', issuedBy: 'SDM', district: 'BR-ZZZ' })
      .expect(422);
    expect(district.body).toMatchObject({ code: 'UNKNOWN_CODE', see: '/reference/districts', errors: [{ field: 'district' }] });
    expect(await streamOf(caseId)).toEqual([]);
  });

  it('takes If-Match (409 with the current revision when stale) and replays an Idempotency-Key without writing', async () => {
    const caseId = await legal.openCase();
    const base = `/legal/cases/${caseId}`;
    await api.post(`${base}/statements`, statement).expect(200);
    const stale = await api.post(`${base}/statements`, statement).set('If-Match', '"5"').expect(409);
    expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualRevision: 0 });
    await api.post(`${base}/statements`, statement).set('If-Match', '"0"').expect(200).expect('ETag', '"1"');

    const first = await api.post(`${base}/compensation-claims`, claim).set('Idempotency-Key', 'claim-1').expect(201);
    const retry = await api.post(`${base}/compensation-claims`, claim).set('Idempotency-Key', 'claim-1').expect(201);
    expect(retry.body).toEqual(first.body);
    const events = await streamOf(caseId);
    expect(events.map((e) => e.type)).toEqual(['legal.MagistrateStatementRecorded', 'legal.MagistrateStatementRecorded', 'legal.CompensationApplied']);
    expect(events[2].metadata).toMatchObject({ idempotencyKey: 'claim-1', jurisdiction: 'RJ', source: 'setu.legal' });
  });

  it('records under the record\'s state, or under the state named when the token covers both', async () => {
    const both = authed(legal.app, await legal.token({ states: ['RJ', 'BR'] }));
    const caseId = await legal.openCase();
    const base = `/legal/cases/${caseId}/compensation-claims`;
    const bihar = { ...claim, scheme: 'bihar_cm_relief_fund', authority: 'CM Relief Fund, Patna' };
    await both.post(base, claim).expect(201);
    await both.post(base, { ...bihar, jurisdiction: 'BR' }).expect(201);
    expect((await streamOf(caseId)).map((e) => e.metadata.jurisdiction)).toEqual(['RJ', 'BR']);
  });

  describe('jurisdiction', () => {
    const problem = (res: { headers: Record<string, string>; body: unknown }) => {
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 403, code: 'JURISDICTION_FORBIDDEN' });
    };

    it('refuses with 403 to read or write the record of a child rescued in Rajasthan without a token for RJ, and writes nothing', async () => {
      const biharOnly = authed(legal.app, await legal.token({ userId: 'ngo-gaya', states: ['BR'] }));
      const caseId = await legal.openCase(); // rescued in RJ, home in Gaya (BR)
      const base = `/legal/cases/${caseId}`;
      const { claimId } = (await api.post(`${base}/compensation-claims`, claim).expect(201)).body;
      const before = (await streamOf(caseId)).length;

      problem(await biharOnly.get(base).expect(403));
      problem(await biharOnly.get(`${base}/compensation-claims/${claimId}`).expect(403));
      problem(await biharOnly.post(`${base}/statements`, statement).expect(403));
      problem(await biharOnly.post(`${base}/compensation-claims`, { ...claim, scheme: 'bihar_cm_relief_fund', authority: 'CM Relief Fund, Patna' }).expect(403));
      problem(await biharOnly.post(`${base}/compensation-claims`, { ...claim, jurisdiction: 'BR' }).expect(403));
      problem(await biharOnly.post(`${base}/compensation-claims/${claimId}/inquiries`, { heldAt: '2026-04-22T11:00:00+05:30' }).expect(403));
      expect(await streamOf(caseId)).toHaveLength(before);
      // A case that does not exist is still 404, whoever asks.
      await biharOnly.get(`/legal/cases/${randomUUID()}`).expect(404);
    });

    it('gives the record of a case reintegration opened in Bihar to a Bihar token, and refuses it to a Rajasthan one', async () => {
      const biharOnly = authed(legal.app, await legal.token({ userId: 'ngo-gaya', states: ['BR'] }));
      const caseId = await legal.openCase({ by: 'reintegration', openedAt: '2026-04-10T06:00:00.000Z' });
      const base = `/legal/cases/${caseId}`;
      await biharOnly.post(`${base}/compensation-claims`, { scheme: 'bihar_cm_relief_fund', appliedAt: '2026-04-20T11:00:00+05:30', authority: 'CM Relief Fund, Patna' }).expect(201);
      expect((await streamOf(caseId))[0].metadata.jurisdiction).toBe('BR');
      await biharOnly.get(base).expect(200);
      problem(await api.get(base).expect(403));
      problem(await api.post(`${base}/statements`, { ...statement, recordedAt: '2026-04-15T14:00:00+05:30' }).expect(403));
    });
  });

  describe('a fact dated before the child\'s rescue', () => {
    const rescued = '2026-03-01T10:00:00+05:30';
    const before = '2026-03-01T09:59:00+05:30';

    it('is refused with 422 naming the field, on every per-child fact, and nothing is written', async () => {
      const caseId = await legal.openCase({ openedAt: new Date(rescued).toISOString() });
      const base = `/legal/cases/${caseId}`;
      const { claimId } = (await api.post(`${base}/compensation-claims`, { ...claim, appliedAt: rescued }).expect(201)).body;
      const account = { holder: 'child', bank: 'SBI', last4: '4821' };
      const attempts: [path: string, body: object, field: string][] = [
        ['statements', { ...statement, recordedAt: before }, 'recordedAt'],
        ['lawyer-authorisations', { lawyerName: 'Adv. Synthetic', authorisedBy: 'mother', authorisedAt: before }, 'authorisedAt'],
        ['release-certificates', { certificateNumber: 'BLRC/1', issuedAt: before, issuedBy: 'SDM', district: 'RJ-JPR' }, 'issuedAt'],
        ['compensation-claims', { ...claim, appliedAt: before }, 'appliedAt'],
        [`compensation-claims/${claimId}/inquiries`, { heldAt: before }, 'heldAt'],
        [`compensation-claims/${claimId}/awards`, { awardedAt: before, amount: 1000 }, 'awardedAt'],
        [`compensation-claims/${claimId}/payments`, { paidAt: before, amount: 1000, account }, 'paidAt'],
        [`compensation-claims/${claimId}/rejections`, { rejectedAt: before, reason: 'other' }, 'rejectedAt'],
      ];
      for (const [path, body, field] of attempts) {
        const res = await api.post(`${base}/${path}`, body).expect(422);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect([path, res.body]).toEqual([path, expect.objectContaining({ code: 'STEP_BEFORE_RESCUE', errors: [{ field, message: expect.stringContaining('2026-03-01T04:30:00.000Z') }] })]);
      }
      expect((await streamOf(caseId)).map((e) => e.type)).toEqual(['legal.CompensationApplied']);
    });

    it('accepts facts however late after the rescue', async () => {
      const caseId = await legal.openCase({ openedAt: new Date(rescued).toISOString() });
      await api.post(`/legal/cases/${caseId}/statements`, { ...statement, recordedAt: '2026-11-20T11:00:00+05:30', byVideo: true }).expect(200);
    });

    it('does not bound a case reintegration opened: a child who came home with no record has no known rescue time', async () => {
      const biharOnly = authed(legal.app, await legal.token({ states: ['BR'] }));
      const metAtHome = await legal.openCase({ by: 'reintegration', openedAt: '2026-04-10T06:00:00.000Z' });
      // A statement taken in Rajasthan before the child was met at home in Bihar.
      await biharOnly.post(`/legal/cases/${metAtHome}/statements`, { ...statement, recordedAt: '2026-02-14T14:00:00+05:30' }).expect(200);
      await biharOnly.post(`/legal/cases/${metAtHome}/compensation-claims`, { ...claim, appliedAt: '2026-04-10T11:00:00+05:30' }).expect(201);
      expect((await streamOf(metAtHome)).map((e) => e.type)).toEqual(['legal.MagistrateStatementRecorded', 'legal.CompensationApplied']);
    });
  });
});
