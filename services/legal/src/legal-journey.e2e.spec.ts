import { authed, useLegalTestApp } from './testing/legal-test-app';

// The legal half of issue 3's journey: one raid's FIR with 12 children and 3 accused, through
// bail, statements, charge sheet, summons, video testimony, judgment and compensation. The
// children's cases are opened directly on the log as the rescue service would open them.

describe('journey: a FIR for twelve children, from registration to compensation', () => {
  let api: ReturnType<typeof authed>;
  const legal = useLegalTestApp();

  beforeAll(async () => {
    api = authed(legal.app, await legal.token({ role: 'legal-officer' }));
  });

  it('records the prosecution and every child\'s legal record, and reads them back', async () => {
    const children: string[] = [];
    for (let i = 0; i < 12; i += 1) children.push(await legal.openCase());

    const registered = await api
      .post('/firs', {
        number: '0231/2026',
        policeStation: 'Ramganj, Jaipur',
        district: 'RJ-JPR',
        registeredAt: '2026-03-02T01:30:00+05:30',
        sections: ['IPC-370', 'BNS-146', 'JJA-79', 'CLPRA-3', 'BLSA-16'],
        victims: children.map((caseId) => ({ caseId })),
        accused: [
          { name: 'Synthetic Workshop Owner', role: 'employer', status: 'arrested' },
          { name: 'Synthetic Recruiter', role: 'trafficker', status: 'absconding' },
          { name: 'Synthetic Middleman', aliases: ['S. M.'], role: 'agent', status: 'arrested' },
        ],
      })
      .expect(201);
    const { firId } = registered.body as { firId: string };
    const [owner, recruiter, middleman] = registered.body.accusedIds as string[];
    const fir = (path: string, body: object) => api.post(`/firs/${firId}${path}`, body).expect(200);

    await fir('/bail-hearings', { accusedId: owner, heldAt: '2026-03-16T11:00:00+05:30', court: 'Sessions Court, Jaipur', victimLawyerPresent: true, opposed: true, outcome: 'denied' });
    await fir('/bail-hearings', { accusedId: middleman, heldAt: '2026-03-23T11:00:00+05:30', court: 'Sessions Court, Jaipur', victimLawyerPresent: false, opposed: false, outcome: 'granted' });
    await fir(`/accused/${recruiter}/status`, { status: 'arrested', since: '2026-04-02T09:00:00+05:30' });
    await fir('/charge-sheets', { filedAt: '2026-05-28T12:00:00+05:30', court: 'Special Court, Jaipur', sections: ['BNS-143', 'BNS-146', 'JJA-79', 'CLPRA-3'], accusedIds: [owner, recruiter, middleman] });
    const summonsId = (await fir('/summons', { caseId: children[0], issuedAt: '2026-08-20T10:30:00+05:30', court: 'Special Court, Jaipur', appearanceOn: '2026-09-15T10:30:00+05:30' })).body.summonsId as string;
    await fir(`/summons/${summonsId}/ngo-notice`, { learnedAt: '2026-08-24T10:00:00+05:30', organisation: 'Synthetic Jan Sahayata Kendra, Gaya' });
    await fir(`/summons/${summonsId}/service`, { servedAt: '2026-08-28T15:00:00+05:30' });
    await fir('/testimonies', { caseId: children[0], testifiedAt: '2026-09-15T12:00:00+05:30', court: 'Special Court, Jaipur', mode: 'video_from_home_district', assessment: 'supportive', summonsId });
    await fir('/judgments', {
      deliveredAt: '2026-11-02T11:00:00+05:30',
      court: 'Special Court, Jaipur',
      verdicts: [
        { accusedId: owner, verdict: 'convicted', sections: ['BNS-143', 'JJA-79'], sentence: { imprisonmentMonths: 120, rigorous: true, fineRupees: 100000 } },
        { accusedId: recruiter, verdict: 'convicted', sections: ['BNS-143'], sentence: { imprisonmentMonths: 168, rigorous: true } },
        { accusedId: middleman, verdict: 'acquitted', sections: [] },
      ],
    });

    // Statements for ten of the twelve (two went home first); compensation for all, paid for four.
    const claims: string[] = [];
    for (const [i, caseId] of children.entries()) {
      const base = `/legal/cases/${caseId}`;
      if (i < 10) await api.post(`${base}/statements`, { recordedAt: '2026-03-05T14:00:00+05:30', magistrate: 'MM No. 4, Jaipur', court: 'Court of the MM No. 4, Jaipur', byVideo: false, firId }).expect(200);
      const claim = await api.post(`${base}/compensation-claims`, { scheme: 'victim_compensation', appliedAt: '2026-03-12T11:00:00+05:30', authority: 'DLSA Jaipur Metropolitan-I', firId }).expect(201);
      claims.push(claim.body.claimId as string);
    }
    for (const i of [0, 1, 2, 3]) {
      const base = `/legal/cases/${children[i]}/compensation-claims/${claims[i]}`;
      await api.post(`${base}/awards`, { awardedAt: '2026-06-01T11:00:00+05:30', amount: 200000 }).expect(200);
      await api.post(`${base}/payments`, { paidAt: '2026-07-01T11:00:00+05:30', amount: 200000, account: { holder: 'child', bank: 'State Bank of India', last4: `10${i}0` } }).expect(200);
    }

    const view = (await api.get(`/firs/${firId}`).expect(200)).body;
    expect(view.victims).toHaveLength(12);
    expect(view.sections[0]).toMatchObject({ code: 'IPC-370', equivalent: { code: 'BNS-143' } });
    // Where each stands after the judgment: its verdict (the middleman had been on bail).
    expect(view.accused.map((a: { status: string }) => a.status)).toEqual(['convicted', 'convicted', 'acquitted']);
    expect(view.accused[2].custodyHistory.map((c: { status: string }) => c.status)).toEqual(['arrested', 'on_bail', 'acquitted']);
    expect(view.bailHearings.map((h: { outcome: string; victimLawyerPresent: boolean }) => [h.outcome, h.victimLawyerPresent])).toEqual([
      ['denied', true],
      ['granted', false],
    ]);
    expect(view.chargeSheets).toHaveLength(1);
    expect(view.summons[0]).toMatchObject({ caseId: children[0], knownToNgo: { learnedAt: '2026-08-24T04:30:00.000Z' }, servedAt: '2026-08-28T09:30:00.000Z' });
    expect(view.testimonies[0]).toMatchObject({ caseId: children[0], mode: 'video_from_home_district', assessment: 'supportive' });
    const verdicts = view.judgments[0].verdicts as { accusedId: string; verdict: string }[];
    expect(verdicts.filter((v) => v.verdict === 'convicted').map((v) => v.accusedId)).toEqual([owner, recruiter]);

    const records = await Promise.all(children.map(async (caseId) => (await api.get(`/legal/cases/${caseId}`).expect(200)).body));
    expect(records.map((r) => r.statements.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    expect(records.map((r) => r.compensationClaims[0].status)).toEqual(['paid', 'paid', 'paid', 'paid', ...Array(8).fill('applied')]);
    expect(records.reduce((sum, r) => sum + (r.compensationClaims[0].totalPaid as number), 0)).toBe(800000);
  });
});
