import type { Jurisdiction } from '@setu/contracts';
import { useTestDatabase } from '@setu/postgres/testing';
import { startJourneyApp, type JourneyApp, type RescueCaseView, type RescueOperationView } from './support/journey-app';
import {
  afterRaid,
  CHILDREN,
  FOUND_AT_SCENE,
  indexesOf,
  ist,
  magistrateStatement,
  needsInterpreter,
  RAID,
  recordFirstSteps,
  recordRaid,
  registerFir,
  SHELTER,
} from './support/jaipur-raid';
import { journeyApi, type Client, type JourneyApi } from './support/journey-api';

// Issue 3's journey, through the HTTP APIs of rescue and legal served in one app: a raid in
// Jaipur finds twelve children from Bihar and three accused; every child's first steps after the
// rescue; the FIR, bail, statements, charge sheet, summons, video testimony and judgment; and
// compensation. Then the state is read back through the API. The steps are `it`s run in order
// on one database, each building on the one before. Every person, place and number is made up.
// The raid and the children's first steps live in support/jaipur-raid.ts, shared with the journey
// that follows the children home (care-to-home-journey.e2e.spec.ts).

const utc = (time: string): string => new Date(time).toISOString();
const hoursBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 3_600_000;

const SUMMONED = 0; // Rahul, from Gaya: his NGO there learns of the summons, and he testifies by video from home
const WITH_STATEMENT = indexesOf((c) => c.statement)[0];
const WITHOUT_STATEMENT = indexesOf((c) => !c.statement)[0];
const LATE_TO_CWC = indexesOf((c) => c.cwcAfterHours > 24)[0];

const CHARGED = ['BNS-143', 'BNS-146', 'JJA-79', 'CLPRA-3'];
const SESSIONS_COURT = 'Court of the Sessions Judge, Jaipur Metropolitan';
const TRIAL_COURT = 'Special Court (Human Trafficking), Jaipur';
const AWARD = 200000;

const person = (userId: string, orgId: string, role: string, states: Jurisdiction[], districts: string[] = []) => ({ userId, orgId, role, states, districts });

describe('journey: a Jaipur raid on twelve Bihar children, from rescue to compensation, over HTTP', () => {
  let journey: JourneyApp;
  afterAll(() => journey?.close()); // before the database's own afterAll
  const db = useTestDatabase();

  let http: JourneyApi;
  let rescueOfficer: Client; // AHTU Jaipur: the raid, the FIR, the arrest, the charge sheet
  let cwcMember: Client;
  let prosecutor: Client;
  let lawyer: Client; // the families' lawyer, from a legal aid clinic
  let dlsaOfficer: Client;
  let biharNgo: Client; // the Gaya NGO that follows the children home

  let operationId: string;
  const caseIds: string[] = [];
  const claimIds: string[] = [];
  let firId: string;
  let employer: string, trafficker: string, agent: string;
  let bailGranted: string, bailDenied: string;
  let summonsId: string;

  beforeAll(async () => {
    journey = await startJourneyApp(db);
    http = journeyApi(journey.app);
    const as = async (principal: ReturnType<typeof person>) => http.as(await journey.token(principal));
    rescueOfficer = await as(person('si-ahtu-jpr-01', 'ahtu-jaipur', 'rescue-officer', ['RJ'], ['RJ-JPR']));
    cwcMember = await as(person('cwc-jpr-1-member-02', 'cwc-jaipur-1', 'cwc-member', ['RJ'], ['RJ-JPR']));
    prosecutor = await as(person('app-jpr-04', 'prosecution-jaipur', 'prosecutor', ['RJ']));
    lawyer = await as(person('adv-legal-aid-07', 'legal-aid-clinic-jaipur', 'lawyer', ['RJ']));
    dlsaOfficer = await as(person('dlsa-jpr-1-clerk', 'dlsa-jaipur-metro-1', 'dlsa-officer', ['RJ']));
    biharNgo = await as(person('ngo-gaya-caseworker-3', 'gaya-bal-adhikar-manch', 'ngo-caseworker', ['BR'], ['BR-GAY']));
  });

  it('records the raid: three accused found, twelve children identified, evidence collected, workshop sealed', async () => {
    const raid = await recordRaid(rescueOfficer);
    operationId = raid.operationId;
    caseIds.push(...raid.caseIds);
  });

  it('records every child\'s steps after the rescue, accepting the CWC production 30 hours late', async () => {
    await recordFirstSteps(rescueOfficer, cwcMember, caseIds);
  });

  it('registers the FIR under both codes, naming the twelve children by case id and the three accused', async () => {
    const registered = await registerFir(rescueOfficer, caseIds);
    firId = registered.firId;
    [employer, trafficker, agent] = registered.accusedIds;
  });

  it('records for each child the family\'s lawyer, statements before a magistrate for ten, and a compensation claim', async () => {
    for (const [i, child] of CHILDREN.entries()) {
      const legalCase = `/legal/cases/${caseIds[i]}`;
      if (child.statement) {
        await prosecutor.command(`${legalCase}/statements`, magistrateStatement(i, firId));
      }
      await lawyer.command(`${legalCase}/lawyer-authorisations`, {
        lawyerName: 'Adv. Synthetic Name Beta',
        enrolmentNumber: 'R/1234/2011',
        organisation: 'Synthetic Legal Aid Clinic, Jaipur',
        authorisedBy: 'father',
        authorisedAt: ist('2026-03-18', '12:00'),
      });
      const claim = await lawyer.create(`${legalCase}/compensation-claims`, {
        scheme: 'victim_compensation',
        appliedAt: ist('2026-03-25', '11:00'),
        authority: 'District Legal Services Authority, Jaipur Metropolitan-I',
        applicationNumber: `DLSA/JPR-I/VCS/2026/${118 + i}`,
        amountClaimed: 300000,
        firId,
      });
      claimIds.push(claim.claimId as string);
    }
  });

  it('records the prosecution: bail granted and denied, an arrest, charge sheet, summons, video testimony, judgment', async () => {
    const fir = `/firs/${firId}`;
    // Before the families had a lawyer, the trafficker got bail; with their lawyer there, the employer did not.
    bailGranted = (await prosecutor.command(`${fir}/bail-hearings`, {
      accusedId: trafficker,
      heldAt: ist('2026-03-16', '11:30'),
      court: SESSIONS_COURT,
      victimLawyerPresent: false,
      opposed: true,
      outcome: 'granted',
    })).hearingId as string;
    await rescueOfficer.command(`${fir}/accused/${agent}/status`, { status: 'arrested', since: ist('2026-04-02', '09:00') });
    bailDenied = (await prosecutor.command(`${fir}/bail-hearings`, {
      accusedId: employer,
      heldAt: ist('2026-04-08', '11:30'),
      court: SESSIONS_COURT,
      victimLawyerPresent: true,
      opposed: true,
      outcome: 'denied',
    })).hearingId as string;
    await rescueOfficer.command(`${fir}/charge-sheets`, { filedAt: ist('2026-05-28', '12:00'), court: TRIAL_COURT, sections: CHARGED, accusedIds: [employer, trafficker, agent] });

    const summoned = caseIds[SUMMONED];
    summonsId = (await prosecutor.command(`${fir}/summons`, {
      caseId: summoned,
      issuedAt: ist('2026-08-20', '10:30'),
      court: TRIAL_COURT,
      appearanceOn: ist('2026-09-15', '10:30'),
    })).summonsId as string;
    await biharNgo.command(`${fir}/summons/${summonsId}/ngo-notice`, { learnedAt: ist('2026-08-24', '10:00'), organisation: 'Gaya Bal Adhikar Manch (example)' });
    await prosecutor.command(`${fir}/summons/${summonsId}/service`, { servedAt: ist('2026-08-28', '15:00') });
    await prosecutor.command(`${fir}/testimonies`, {
      caseId: summoned,
      testifiedAt: ist('2026-09-15', '12:00'),
      court: TRIAL_COURT,
      mode: 'video_from_home_district',
      assessment: 'supportive',
      summonsId,
    });
    await prosecutor.command(`${fir}/judgments`, {
      deliveredAt: ist('2026-11-02', '11:00'),
      court: TRIAL_COURT,
      verdicts: [
        { accusedId: employer, verdict: 'convicted', sections: CHARGED, sentence: { imprisonmentMonths: 120, rigorous: true, fineRupees: 100000 } },
        { accusedId: trafficker, verdict: 'convicted', sections: ['BNS-143'], sentence: { imprisonmentMonths: 168, rigorous: true, fineRupees: 50000 } },
        { accusedId: agent, verdict: 'acquitted', sections: [] },
      ],
    });
  });

  it('records the DLSA\'s award and payment on five claims', async () => {
    for (const i of indexesOf((c) => c.paid)) {
      const claim = `/legal/cases/${caseIds[i]}/compensation-claims/${claimIds[i]}`;
      await dlsaOfficer.command(`${claim}/awards`, { awardedAt: ist('2026-06-15', '11:00'), amount: AWARD, orderNumber: `DLSA/JPR-I/VCS/2026/${118 + i}/ORD` });
      await dlsaOfficer.command(`${claim}/payments`, {
        paidAt: ist('2026-07-10', '11:00'),
        amount: AWARD,
        account: { holder: 'child', bank: 'State Bank of India', last4: String(4810 + i) },
      });
    }
  });

  it('reads back the operation: closed, the accused found, the evidence checklist, the seal and the twelve children', async () => {
    const path = `/rescue-operations/${operationId}`;
    const lastCommandEtag = http.lastEtag(path);
    const { body: operation, etag } = await rescueOfficer.read<RescueOperationView>(path);

    expect(etag).toBe(lastCommandEtag);
    expect(operation).toMatchObject({ status: 'closed', state: 'RJ', districtCode: 'RJ-JPR', startedAt: utc(RAID), closedAt: utc(ist('2026-03-10', '14:30')) });
    expect(operation.personsFound.map(({ name, role, detained }) => ({ name, role, detained }))).toEqual(
      FOUND_AT_SCENE.map(({ name, role, detained }) => ({ name, role, detained })),
    );
    expect(operation.evidenceChecklist).toEqual({ statements: true, photographs: true, wage_or_attendance_records: true, tools_and_materials: true, other: false });
    expect(operation.premises).toMatchObject({ sealed: true, sealedBy: 'labour_department', orderReference: 'LD/JPR/2026/117' });
    expect(operation.children.map((c) => c.caseId)).toEqual(caseIds);
    const references = operation.children.map((c) => c.reference);
    expect(references.every((r) => /^RJ-JPR-2026-\d{5}$/.test(r))).toBe(true);
    expect(new Set(references).size).toBe(12);
    expect(operation.childrenIdentifiedAtClose).toBe(12);
  });

  it('reads back every child\'s first steps: counsellor, medical, CWC within 24 h but one, shelter placement, interpreters, age', async () => {
    const children = await Promise.all(caseIds.map(async (caseId) => (await rescueOfficer.read<RescueCaseView>(`/rescue/cases/${caseId}`)).body));

    expect(children.map((c) => c.names.map((n) => n.text))).toEqual(CHILDREN.map((c) => [c.devanagari, c.latin]));
    expect(children.map((c) => [c.home.districtCode, c.ageStated])).toEqual(CHILDREN.map((c) => [c.home, c.age]));
    expect(children.map((c) => [c.counsellorVisits.length, c.medicalExaminations.length, c.cwcProductions.length])).toEqual(CHILDREN.map(() => [1, 1, 1]));
    expect(children.map((c) => hoursBetween(c.rescuedAt, c.cwcProductions[0].producedAt) <= 24)).toEqual(CHILDREN.map((_, i) => i !== LATE_TO_CWC));
    expect(children.map((c) => c.cwcOrders.map((o) => [o.order, o.shelterHome?.name]))).toEqual(CHILDREN.map(() => [['shelter_placement', SHELTER.name]]));
    expect(children.map((c) => c.interpreters.map((x) => x.language))).toEqual(CHILDREN.map((c) => (needsInterpreter(c) ? ['mai'] : [])));
    expect(children.map((c) => c.ageAssessments.map((a) => [a.method, a.years]))).toEqual(
      CHILDREN.map((c) => (c.assessed === undefined ? [] : [['ossification_test', c.assessed]])),
    );
  });

  it('reads back the two children held overnight at the police station', async () => {
    const atPoliceStation = indexesOf((c) => c.held === 'police_station');
    expect(atPoliceStation).toHaveLength(2);
    for (const i of atPoliceStation) {
      const { body: child } = await rescueOfficer.read<RescueCaseView>(`/rescue/cases/${caseIds[i]}`);
      expect(child.names).toEqual([
        { text: CHILDREN[i].devanagari, script: 'Deva' },
        { text: CHILDREN[i].latin, script: 'Latn' },
      ]);
      expect(child.heldAt).toEqual([{ place: 'police_station', placeName: 'Ramganj police station', from: afterRaid(5), to: afterRaid(23) }]);
      const [night] = child.heldAt;
      expect(hoursBetween(night.from, night.to!)).toBeGreaterThanOrEqual(8);
      expect(child.cwcProductions).toEqual([{ producedAt: afterRaid(23), cwcDistrictCode: 'RJ-JPR', cwcName: 'CWC Jaipur I' }]);
    }
  });

  it('reads back the child produced before the CWC 30 hours after the rescue, late but recorded', async () => {
    const { body: child } = await rescueOfficer.read<RescueCaseView>(`/rescue/cases/${caseIds[LATE_TO_CWC]}`);

    expect(child).toMatchObject({ rescuedAt: utc(RAID), rescueState: 'RJ', rescueDistrictCode: 'RJ-JPR', operationId, interpreterNeeded: true });
    expect(child.cwcProductions).toEqual([{ producedAt: afterRaid(30), cwcDistrictCode: 'RJ-JPR', cwcName: 'CWC Jaipur I' }]);
    expect(hoursBetween(child.rescuedAt, child.cwcProductions[0].producedAt)).toBe(30);
    expect(child.heldAt).toEqual([{ place: 'child_friendly_space', placeName: 'Childline child-friendly space, Ramganj', from: afterRaid(1.5), to: afterRaid(30) }]);
    expect(child.cwcOrders).toEqual([
      { orderedAt: afterRaid(31), cwcDistrictCode: 'RJ-JPR', order: 'shelter_placement', shelterHome: SHELTER, orderReference: `CWC/JPR/2026/${388 + LATE_TO_CWC}` },
    ]);
    expect(child.interpreters).toEqual([{ providedAt: afterRaid(2), language: 'mai', interpreter: 'Maithili interpreter', organisation: 'Childline 1098 Jaipur' }]);
  });

  it('reads back the FIR: sections with their equivalents, accused in and out of custody, bail, summons, testimony, verdicts', async () => {
    const path = `/firs/${firId}`;
    const lastCommandEtag = http.lastEtag(path);
    const { body: fir, etag } = await prosecutor.read(path);

    expect(etag).toBe(lastCommandEtag);
    expect(fir).toMatchObject({ number: '0311/2026', district: 'RJ-JPR', state: 'RJ', registeredAt: utc(ist('2026-03-10', '23:10')) });
    expect(fir.sections.map((s: { code: string; equivalent?: { code: string } }) => [s.code, s.equivalent?.code])).toEqual([
      ['BNS-143', 'IPC-370'],
      ['IPC-370', 'BNS-143'],
      ['BNS-146', 'IPC-374'],
      ['JJA-79', undefined],
      ['CLPRA-3', undefined],
    ]);
    expect(fir.victims.map((v: { caseId: string }) => v.caseId)).toEqual(caseIds);

    // Where each accused stands: custody as recorded until the judgment, then its verdict. The
    // trafficker, on bail since March, now reads `convicted`; the agent, arrested in April, `acquitted`.
    expect(fir.accused.map((a: { accusedId: string; name: string; role: string; status: string }) => [a.accusedId, a.name, a.role, a.status])).toEqual([
      [employer, 'Mohan Lal', 'employer', 'convicted'],
      [trafficker, 'Kailash Mandal', 'trafficker', 'convicted'],
      [agent, 'Bablu Yadav', 'agent', 'acquitted'],
    ]);
    expect(fir.accused[1].custodyHistory).toEqual([
      { status: 'arrested', since: utc(ist('2026-03-10', '23:10')) },
      { status: 'on_bail', since: utc(ist('2026-03-16', '11:30')), bailHearingId: bailGranted },
      { status: 'convicted', since: utc(ist('2026-11-02', '11:00')), judgmentId: fir.judgments[0].judgmentId },
    ]);
    expect(fir.accused[2].custodyHistory.map((c: { status: string }) => c.status)).toEqual(['absconding', 'arrested', 'acquitted']);
    expect(fir.bailHearings).toEqual([
      expect.objectContaining({ hearingId: bailGranted, accusedId: trafficker, victimLawyerPresent: false, opposed: true, outcome: 'granted' }),
      expect.objectContaining({ hearingId: bailDenied, accusedId: employer, victimLawyerPresent: true, opposed: true, outcome: 'denied' }),
    ]);

    expect(fir.chargeSheets).toHaveLength(1);
    expect(fir.chargeSheets[0].sections.map((s: { code: string }) => s.code)).toEqual(CHARGED);
    expect(fir.chargeSheets[0].accusedIds).toEqual([employer, trafficker, agent]);
    expect(fir.summons).toEqual([
      expect.objectContaining({
        summonsId,
        caseId: caseIds[SUMMONED],
        servedAt: utc(ist('2026-08-28', '15:00')),
        knownToNgo: { learnedAt: utc(ist('2026-08-24', '10:00')), organisation: 'Gaya Bal Adhikar Manch (example)' },
      }),
    ]);
    expect(fir.testimonies).toEqual([
      expect.objectContaining({ caseId: caseIds[SUMMONED], summonsId, mode: 'video_from_home_district', assessment: 'supportive' }),
    ]);

    expect(fir.judgments).toHaveLength(1);
    const verdicts = fir.judgments[0].verdicts as { accusedId: string; verdict: string; sections: { code: string }[] }[];
    expect(verdicts.map((v) => [v.accusedId, v.verdict, v.sections.map((s) => s.code)])).toEqual([
      [employer, 'convicted', CHARGED],
      [trafficker, 'convicted', ['BNS-143']],
      [agent, 'acquitted', []],
    ]);
    expect(verdicts[1]).toMatchObject({ sections: [{ code: 'BNS-143', equivalent: { code: 'IPC-370' } }], sentence: { imprisonmentMonths: 168, rigorous: true } });
  });

  it('reads back the legal record of a child with a statement and of one without', async () => {
    const withStatement = (await lawyer.read(`/legal/cases/${caseIds[WITH_STATEMENT]}`)).body;
    expect(withStatement.statements).toEqual([
      expect.objectContaining({ section: 'BNSS-183', magistrate: 'Metropolitan Magistrate No. 4, Jaipur', byVideo: false, firId, recordedAt: utc(ist('2026-03-13', '14:00')) }),
    ]);
    expect(withStatement.lawyers).toEqual([expect.objectContaining({ lawyerName: 'Adv. Synthetic Name Beta', authorisedBy: 'father' })]);

    const { body: withoutStatement, etag } = await lawyer.read(`/legal/cases/${caseIds[WITHOUT_STATEMENT]}`);
    expect(etag).toMatch(/^"\d+"$/);
    expect(withoutStatement).toMatchObject({ caseId: caseIds[WITHOUT_STATEMENT], statements: [] });
    expect(withoutStatement.lawyers).toHaveLength(1);
    expect(withoutStatement.compensationClaims).toEqual([expect.objectContaining({ claimId: claimIds[WITHOUT_STATEMENT], status: 'applied', firId })]);
  });

  it('reads back the claims: all twelve applied for, five of them paid', async () => {
    const records = await Promise.all(caseIds.map(async (caseId) => (await dlsaOfficer.read(`/legal/cases/${caseId}`)).body));
    const claims = records.map((r) => r.compensationClaims as { claimId: string; status: string; totalAwarded: number; totalPaid: number }[]);

    expect(claims.map((c) => c.map((claim) => claim.claimId))).toEqual(claimIds.map((id) => [id]));
    expect(claims.map(([claim]) => claim.status)).toEqual(CHILDREN.map((c) => (c.paid ? 'paid' : 'applied')));
    expect(claims.map(([claim]) => claim.totalPaid)).toEqual(CHILDREN.map((c) => (c.paid ? AWARD : 0)));
    expect(indexesOf((c) => c.paid)).toHaveLength(5);

    const paid = indexesOf((c) => c.paid)[0];
    const { body: claim } = await dlsaOfficer.read(`/legal/cases/${caseIds[paid]}/compensation-claims/${claimIds[paid]}`);
    expect(claim).toMatchObject({ scheme: 'victim_compensation', status: 'paid', totalAwarded: AWARD, totalPaid: AWARD, payments: [{ amount: AWARD, account: { holder: 'child', last4: String(4810 + paid) } }] });
  });

  it('answered every command with its revision in ETag, and every creation with a Location that can be read', async () => {
    const commands = http.commands;
    expect(commands.filter((c) => !/^"\d+"$/.test(c.etag ?? ''))).toEqual([]);
    // Every other command went with If-Match set to the ETag last answered for its stream, and was
    // accepted: so each ETag was the stream's revision. Only the first command on a stream had none.
    const withoutIfMatch = commands.filter((c) => c.ifMatch === undefined).map((c) => c.request.replace(/[0-9a-f-]{36}/g, ':id'));
    expect(withoutIfMatch).toEqual([
      'POST /rescue-operations',
      'POST /firs',
      ...CHILDREN.map((c) => (c.statement ? 'POST /legal/cases/:id/statements' : 'POST /legal/cases/:id/lawyer-authorisations')),
    ]);

    const creations = commands.filter((c) => c.status === 201);
    expect(creations).toHaveLength(1 + 12 + 1 + 12); // operation, children, FIR, claims
    expect(creations.filter((c) => c.location === undefined)).toEqual([]);
    for (const { location } of creations) await prosecutor.read(location!);
  });
});
