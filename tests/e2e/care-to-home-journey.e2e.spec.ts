import { CARE_PLAN_DOMAINS, REQUIRED_DOCUMENT_KINDS, type DocumentKindCode, type Jurisdiction } from '@setu/contracts';
import { CareModule } from '@setu/care';
import { DocumentationModule } from '@setu/documentation';
import { LegalModule } from '@setu/legal';
import { useTestDatabase } from '@setu/postgres/testing';
import { ReintegrationModule } from '@setu/reintegration';
import { RescueModule } from '@setu/rescue';
import {
  afterRaid,
  CHILDREN,
  indexesOf,
  ist,
  magistrateStatement,
  MAGISTRATE,
  needsInterpreter,
  placementOrder,
  RAID,
  recordFirstSteps,
  recordRaid,
  registerFir,
  SHELTER,
  FIR_NUMBER,
} from './support/jaipur-raid';
import { journeyApi, type ApiClient, type JourneyApi } from './support/journey-api';
import { startJourneyApp, type JourneyApp } from './support/journey-app';
import { JourneyClock } from './support/journey-clock';
import { jpegScan, pdfScan, sha256 } from './support/synthetic-scans';
import request from 'supertest';

// Issue 4's journey: the twelve children of issue 3's raid, from the Jaipur home to their
// villages in Bihar, through the HTTP APIs of all five services in one app. Each child is admitted
// on the CWC's order, counselled, given a care plan, examined three times (injury report, periodic
// check, fit to travel), tested on arrival and before leaving; the scans go into each child's file,
// some key documents missing on purpose; the Jaipur CWC orders eleven transfers, which the home
// CWCs accept, while the home sends the twelfth child home itself; the eleven travel as one batch
// and are handed over in Patna; fieldworkers follow every child for six months, enrol those of 6
// to 14 in school, close one case and reopen it. Then the state is read back through the APIs.
//
// The app runs on an injected clock that the journey moves forward (a month at a time for the
// follow-up): what the services stamp themselves (uploads, downloads, the batch plan) and the field
// times the journey sends come from it. The steps are `it`s run in order on one database, each
// building on the one before. Every person, place and number is made up.

const utc = (time: string): string => new Date(time).toISOString();
/** A day as the services store it: midnight UTC. */
const day = (date: string): string => `${date}T00:00:00.000Z`;

interface HomeRow {
  /** The child, as in issue 3's table (same order). */
  readonly latin: string;
  /** Class level met in Hindi and mathematics: on arrival, and before departure. */
  readonly hindi: readonly [pre: number, post?: number];
  readonly maths: readonly [pre: number, post?: number];
  /** Key documents left out of the child's file, on purpose. */
  readonly missing: readonly DocumentKindCode[];
  readonly route: 'batch' | 'sent_home_by_the_home';
  /** The class joined at home, or a bridge school; none above 14. */
  readonly school?: number | 'bridge';
}

const ROWS: readonly HomeRow[] = [
  { latin: 'Rahul Kumar',    hindi: [2, 3], maths: [1, 3], missing: [],                                           route: 'batch', school: 6 },
  { latin: 'Sonu Kumar',     hindi: [1, 2], maths: [1, 2], missing: [],                                           route: 'batch', school: 5 },
  { latin: 'Amit Manjhi',    hindi: [3, 4], maths: [2, 3], missing: [],                                           route: 'batch' },
  { latin: 'Vikash Paswan',  hindi: [3, 5], maths: [2, 4], missing: ['identity_document'],                        route: 'batch', school: 8 },
  { latin: 'Ravi Ram',       hindi: [0, 1], maths: [0, 1], missing: [],                                           route: 'batch', school: 'bridge' },
  { latin: 'Chhotu Kumar',   hindi: [0, 1], maths: [0, 2], missing: [],                                           route: 'batch', school: 'bridge' },
  { latin: 'Manish Yadav',   hindi: [1, 2], maths: [2, 3], missing: [],                                           route: 'batch' },
  { latin: 'Pintu Mandal',   hindi: [1, 3], maths: [1, 2], missing: ['release_certificate'],                      route: 'batch', school: 6 },
  { latin: 'Raju Sada',      hindi: [1, 2], maths: [1, 2], missing: [],                                           route: 'batch', school: 5 },
  { latin: 'Deepak Mukhiya', hindi: [2, 3], maths: [3, 4], missing: ['release_certificate', 'bank_account_proof'], route: 'batch' },
  { latin: 'Golu Kumar',     hindi: [1, 2], maths: [1, 2], missing: ['magistrate_statement'],                     route: 'batch', school: 5 },
  { latin: 'Sunil Manjhi',   hindi: [2],    maths: [1],    missing: ['magistrate_statement'],                     route: 'sent_home_by_the_home', school: 7 },
];

interface HomeDistrict {
  readonly name: string;
  /** When its CWC accepted the transfers (IST). */
  readonly accepts: readonly [date: string, time: string];
  readonly ngo: { readonly name: string; readonly orgId: string };
  readonly fieldworker: { readonly name: string; readonly userId: string };
  readonly school: string;
}

const HOME_DISTRICTS: Readonly<Record<string, HomeDistrict>> = {
  'BR-GAY': {
    name: 'Gaya',
    accepts: ['2026-04-09', '11:00'],
    ngo: { name: 'Gaya Bal Adhikar Manch (example)', orgId: 'gaya-bal-adhikar-manch' },
    fieldworker: { name: 'Fieldworker Gaya Three (synthetic)', userId: 'ngo-gaya-caseworker-3' },
    school: 'Utkramit Madhya Vidyalaya, Chakand (synthetic)',
  },
  'BR-NLD': {
    name: 'Nalanda',
    accepts: ['2026-04-09', '15:00'],
    ngo: { name: 'Nalanda Jan Kalyan Samiti (example)', orgId: 'nalanda-jan-kalyan-samiti' },
    fieldworker: { name: 'Fieldworker Nalanda One (synthetic)', userId: 'ngo-nalanda-fieldworker-1' },
    school: 'Rajkiya Madhya Vidyalaya, Hilsa (synthetic)',
  },
  'BR-MDB': {
    name: 'Madhubani',
    accepts: ['2026-04-10', '11:00'],
    ngo: { name: 'Mithila Bal Vikas Kendra (example)', orgId: 'mithila-bal-vikas-kendra' },
    fieldworker: { name: 'Fieldworker Madhubani Two (synthetic)', userId: 'ngo-madhubani-fieldworker-2' },
    school: 'Madhya Vidyalaya, Benipatti (synthetic)',
  },
  'BR-DBG': {
    name: 'Darbhanga',
    accepts: ['2026-04-10', '15:00'],
    ngo: { name: 'Darbhanga Sahyog Trust (example)', orgId: 'darbhanga-sahyog-trust' },
    fieldworker: { name: 'Fieldworker Darbhanga One (synthetic)', userId: 'ngo-darbhanga-fieldworker-1' },
    school: 'Madhya Vidyalaya, Bahadurpur (synthetic)',
  },
};
const DISTRICTS = Object.keys(HOME_DISTRICTS);

const JAIPUR_HOME = { ...SHELTER, registrationNumber: 'RJ/JPR/CCI/2016/007' };
const transferOrder = (i: number): string => `CWC/JPR/2026/${1120 + i}`;
const homeCwcReference = (i: number): string => `CWC/${CHILDREN[i].home.slice(3)}/2026/${140 + i}`;
const releaseCertificate = (i: number): string => `BLRC/JPR/2026/${31 + i}`;
const fitToTravelCertificate = (i: number): string => `FTT/JPR/2026/${501 + i}`;

const has = (i: number, kind: DocumentKindCode): boolean => !ROWS[i].missing.includes(kind);
const IN_BATCH = ROWS.flatMap((row, i) => (row.route === 'batch' ? [i] : []));
const SENT_HOME = ROWS.findIndex((row) => row.route === 'sent_home_by_the_home');
const SCHOOL_AGE = indexesOf((child) => (child.assessed ?? child.age) >= 6 && (child.assessed ?? child.age) <= 14);
const CLOSED_AND_REOPENED = 0; // Rahul, of Gaya: the agent acquitted on 2 November lives in his village
const ofDistrict = (district: string, among: readonly number[] = CHILDREN.map((_, i) => i)) => among.filter((i) => CHILDREN[i].home === district);

const CARE_PLAN_GOALS = [
  { domain: 'safety_protection', goal: 'No contact with the employer or the agent while in Jaipur', responsible: 'Superintendent' },
  { domain: 'physical_mental_health', goal: 'Burns and skin lesions treated; weekly counselling', responsible: 'Medical officer; shelter counsellor' },
  { domain: 'education_skills', goal: 'Bridge course in Hindi and mathematics before repatriation', responsible: 'Shelter teacher' },
  { domain: 'livelihood_economic', goal: 'A bank account in the child\'s name for the compensation', responsible: 'Case worker' },
  { domain: 'legal_justice', goal: 'Statement before the magistrate before departure', responsible: 'SJPU; legal aid clinic' },
  { domain: 'social_acceptance_empowerment', goal: 'A weekly phone call with the family', responsible: 'Case worker' },
];
/** Where the first review finds a goal: the account and the statement are done for the children who have them. */
const reviewedStatus = (i: number, domain: string): string => {
  if (domain === 'livelihood_economic') return has(i, 'bank_account_proof') ? 'achieved' : 'in_progress';
  if (domain === 'legal_justice') return CHILDREN[i].statement ? 'achieved' : 'in_progress';
  return 'in_progress';
};

type Scores = Readonly<Record<string, number>>;
const NEEDS: Scores = { safety_protection: 2, physical_mental_health: 2, education_skills: 1, livelihood_economic: 1, legal_justice: 2, social_acceptance_empowerment: 2 };
const MONTHS = [1, 2, 3, 4, 5, 6];
/** Months 3 and 5 are phone calls, which score only what can be heard. */
const BY_PHONE = new Set([3, 5]);
const VISIT_SCORES: readonly Scores[] = [
  { safety_protection: 2, physical_mental_health: 3, education_skills: 2, livelihood_economic: 1, legal_justice: 2, social_acceptance_empowerment: 2 },
  { safety_protection: 3, physical_mental_health: 3, education_skills: 2, livelihood_economic: 2, legal_justice: 2, social_acceptance_empowerment: 3 },
  { safety_protection: 3, social_acceptance_empowerment: 3 },
  { safety_protection: 3, physical_mental_health: 3, education_skills: 3, livelihood_economic: 2, legal_justice: 3, social_acceptance_empowerment: 3 },
  { safety_protection: 3, social_acceptance_empowerment: 4 },
  { safety_protection: 3, physical_mental_health: 4, education_skills: 3, livelihood_economic: 3, legal_justice: 3, social_acceptance_empowerment: 4 },
];
const schoolStatusIn = (month: number, i: number): string => {
  const school = ROWS[i].school;
  if (school === undefined) return 'not_applicable';
  if (month === 1) return 'not_enrolled'; // enrolled after the first visit
  return school === 'bridge' ? 'bridge_school' : 'attending';
};

const person = (userId: string, orgId: string, role: string, states: Jurisdiction[], districts: string[] = []) => ({ userId, orgId, role, states, districts });

interface FiledScan {
  readonly documentId: string;
  readonly content: Buffer;
  /** The journey clock when it was uploaded, as the service answers times. */
  readonly uploadedAt: string;
}

describe('journey: the twelve Jaipur children from the shelter home to six months at home in Bihar, over HTTP', () => {
  let journey: JourneyApp;
  afterAll(() => journey?.close()); // before the database's own afterAll
  const db = useTestDatabase();
  const clock = new JourneyClock(RAID);

  let api: JourneyApi;
  let rescueOfficer: ApiClient, cwcJaipur: ApiClient, prosecutor: ApiClient, sdm: ApiClient; // Rajasthan: police, CWC, courts, SDM
  let shelter: ApiClient, counsellor: ApiClient, doctor: ApiClient, teacher: ApiClient; // the Jaipur home and its professionals
  let escort: ApiClient, socialWelfare: ApiClient; // SJPU Jaipur; Social Welfare Dept., Bihar, in Patna
  const homeCwc: Record<string, ApiClient> = {};
  const dcpu: Record<string, ApiClient> = {};
  const fieldworker: Record<string, ApiClient> = {};

  const caseIds: string[] = [];
  let firId: string;
  const files = CHILDREN.map(() => new Map<DocumentKindCode, FiledScan>());
  const admittedAt: string[] = [];
  const tests = CHILDREN.map(() => ({ pre: [] as string[], post: [] as string[] }));
  const orders: { orderId: string; orderedAt: string; acceptedAt?: string }[] = [];
  const submissions: { submissionId: string; submittedAt: string }[] = [];
  let batchId: string;
  let batchPlannedAt: string;
  const dischargedAt: string[] = [];
  const handedOverAt: string[] = [];
  const assignedAt: string[] = [];
  const visitedAt = CHILDREN.map(() => [] as string[]);
  const enrolledAt: string[] = [];
  let sentHomeRecordedAt: string;
  let closedAt: string, reopenedAt: string;
  const downloads: { documentId: string; sha256: string; downloadedAt: string }[] = [];

  beforeAll(async () => {
    journey = await startJourneyApp(db, { modules: [RescueModule, LegalModule, CareModule, DocumentationModule, ReintegrationModule], clock });
    api = journeyApi(journey.app);
    const as = async (principal: ReturnType<typeof person>) => api.as(await journey.token(principal));
    rescueOfficer = await as(person('si-ahtu-jpr-01', 'ahtu-jaipur', 'rescue-officer', ['RJ'], ['RJ-JPR']));
    cwcJaipur = await as(person('cwc-jpr-1-member-02', 'cwc-jaipur-1', 'cwc-member', ['RJ'], ['RJ-JPR']));
    prosecutor = await as(person('app-jpr-04', 'prosecution-jaipur', 'prosecutor', ['RJ']));
    sdm = await as(person('sdm-jpr-north-reader', 'sdm-jaipur-north', 'district-officer', ['RJ'], ['RJ-JPR']));
    shelter = await as(person('ghc-jpr-caseworker-1', 'govt-childrens-home-jaipur', 'shelter-staff', ['RJ'], ['RJ-JPR']));
    counsellor = await as(person('dcpu-jpr-counsellor-2', 'dcpu-jaipur', 'counsellor', ['RJ'], ['RJ-JPR']));
    doctor = await as(person('mo-district-hospital-jpr', 'district-hospital-jaipur', 'doctor', ['RJ'], ['RJ-JPR']));
    teacher = await as(person('ghc-jpr-teacher-1', 'govt-childrens-home-jaipur', 'teacher', ['RJ'], ['RJ-JPR']));
    escort = await as(person('sjpu-jpr-east-si-3', 'sjpu-jaipur-east', 'police-escort', ['RJ'], ['RJ-JPR']));
    socialWelfare = await as(person('swd-bihar-patna-ad', 'social-welfare-bihar', 'social-welfare-officer', ['BR'], ['BR-PAT']));
    for (const [district, home] of Object.entries(HOME_DISTRICTS)) {
      const code = district.slice(3).toLowerCase();
      homeCwc[district] = await as(person(`cwc-${code}-member-1`, `cwc-${code}`, 'cwc-member', ['BR'], [district]));
      dcpu[district] = await as(person(`dcpu-${code}-officer-1`, `dcpu-${code}`, 'dcpu-officer', ['BR'], [district]));
      fieldworker[district] = await as(person(home.fieldworker.userId, home.ngo.orgId, 'fieldworker', ['BR'], [district]));
    }
  });

  /** Uploads a synthetic scan of `kind` to child `i`'s file, remembering its bytes; the clock moves on 2 minutes. */
  async function fileScan(by: ApiClient, i: number, kind: DocumentKindCode, issuer: string, issuedOn: string, options: { jpeg?: boolean; documentNumber?: string } = {}): Promise<string> {
    const text = `${kind} for case ${caseIds[i]}, issued by ${issuer} on ${issuedOn} (synthetic)`;
    const content = options.jpeg === true ? jpegScan(text) : pdfScan(text);
    const { documentId } = await by.upload(`/documents/cases/${caseIds[i]}/documents`, {
      kind,
      issuer,
      issuedOn,
      ...(options.documentNumber === undefined ? {} : { documentNumber: options.documentNumber }),
      content,
      filename: options.jpeg === true ? `IMG_${clock.today().replace(/-/g, '')}_${i}.jpg` : `${kind}.pdf`,
      contentType: options.jpeg === true ? 'image/jpeg' : 'application/pdf',
    });
    files[i].set(kind, { documentId, content, uploadedAt: clock.iso() });
    clock.tick(2);
    return documentId as string;
  }
  const documentOf = (i: number, kind: DocumentKindCode): string => files[i].get(kind)!.documentId;

  it('continues issue 3\'s twelve children: the tables line up', () => {
    expect(ROWS.map((r) => r.latin)).toEqual(CHILDREN.map((c) => c.latin));
    // The children without a statement before the magistrate have none in their file either.
    expect(ROWS.map((r) => r.missing.includes('magistrate_statement'))).toEqual(CHILDREN.map((c) => !c.statement));
    expect(ROWS.map((r) => r.school !== undefined)).toEqual(CHILDREN.map((_, i) => SCHOOL_AGE.includes(i)));
    expect(SCHOOL_AGE).toHaveLength(9); // Amit, Manish and Deepak are 15 to 17 by the ossification test
    expect(IN_BATCH).toHaveLength(11);
    expect(CHILDREN[SENT_HOME].latin).toBe('Sunil Manjhi');
    expect(new Set(CHILDREN.map((c) => c.home))).toEqual(new Set(DISTRICTS));
  });

  it('re-records the raid of issue 3: the operation, the twelve children and their first steps, the FIR', async () => {
    clock.moveTo('2026-03-12', '12:00'); // entered from the paper file after the fact, as in issue 3
    const raid = await recordRaid(rescueOfficer);
    caseIds.push(...raid.caseIds);
    await recordFirstSteps(rescueOfficer, cwcJaipur, caseIds);
    firId = (await registerFir(rescueOfficer, caseIds)).firId;
  });

  it('admits each child to the Jaipur home on the CWC\'s placement order, with the injury report of the rescue', async () => {
    clock.moveTo('2026-03-12', '16:00');
    for (const [i, child] of CHILDREN.entries()) {
      admittedAt.push(clock.stamp());
      await shelter.command(`/care/cases/${caseIds[i]}/admissions`, { admittedAt: clock.stamp(), home: JAIPUR_HOME, cwcOrderReference: placementOrder(i) });
      // The hospital's report of the day of the raid, entered late: the home files it on admission.
      const injured = child.age < 12;
      const reportDocumentId = await fileScan(shelter, i, 'medical_report', 'District Hospital, Jaipur', '2026-03-10', { documentNumber: `MLC/JPR/2026/${311 + i}` });
      await shelter.command(`/care/cases/${caseIds[i]}/health-checks`, {
        phase: 'injury_report',
        examinedAt: afterRaid(4),
        examinedBy: 'Medical officer on duty',
        facility: 'District Hospital, Jaipur',
        findings: injured ? 'Burns on three fingers from the lac furnace; underweight' : 'Calluses on both palms; no fresh injuries; underweight',
        ...(injured ? { referrals: [{ to: 'Burns OPD, SMS Hospital, Jaipur', reason: 'Second-degree burns on three fingers' }] } : {}),
        certificateNumber: `MLC/JPR/2026/${311 + i}`,
        reportDocumentId,
      });
      clock.tick(10);
    }
  });

  it('holds a first counselling session with each child, in Magahi or Maithili, its report filed as a restricted document', async () => {
    clock.moveTo('2026-03-13', '10:00');
    for (const [i, child] of CHILDREN.entries()) {
      const heldAt = clock.stamp();
      clock.tick(45);
      const reportDocumentId = await fileScan(counsellor, i, 'counselling_report', 'Counsellor, DCPU panel, Jaipur', clock.today());
      await counsellor.command(`/care/cases/${caseIds[i]}/counselling-sessions`, {
        heldAt,
        counsellor: 'Counsellor, DCPU panel',
        organisation: 'DCPU Jaipur',
        kind: 'initial_assessment',
        setting: 'shelter_home',
        durationMinutes: 40,
        language: needsInterpreter(child) ? 'maithili' : 'magahi',
        reportDocumentId,
      });
    }
  });

  it('draws up each child\'s individual care plan (Form 7) with a goal in each of the six domains', async () => {
    clock.moveTo('2026-03-16', '11:00');
    for (const i of CHILDREN.keys()) {
      const documentId = await fileScan(shelter, i, 'individual_care_plan', 'Superintendent, Government Children\'s Home, Jaipur', clock.today());
      await shelter.command(`/care/cases/${caseIds[i]}/care-plan`, {
        createdAt: clock.stamp(),
        preparedBy: 'Case worker, Government Children\'s Home, Jaipur',
        goals: CARE_PLAN_GOALS,
        nextReviewDue: ist('2026-04-01', '00:00'),
        documentId,
      });
      clock.tick(20);
    }
  });

  it('tests each child\'s learning level in Hindi and mathematics on arrival', async () => {
    clock.moveTo('2026-03-17', '10:00');
    for (const [i, row] of ROWS.entries()) {
      for (const [subject, [level]] of [['hindi', row.hindi], ['mathematics', row.maths]] as const) {
        const { id } = await teacher.command(`/care/cases/${caseIds[i]}/learning-assessments`, {
          test: 'pre_test',
          subject,
          assessedAt: clock.stamp(),
          classLevel: level,
          assessedBy: 'Teacher, Government Children\'s Home, Jaipur',
        });
        tests[i].pre.push(id as string);
        clock.tick(5);
      }
    }
  });

  it('files the legal papers: ten statements before the magistrate, release certificates for ten, scans of the FIR, the statements, the certificates and the identity documents', async () => {
    clock.moveTo('2026-03-20', '11:00');
    for (const [i, child] of CHILDREN.entries()) {
      if (child.statement) await prosecutor.command(`/legal/cases/${caseIds[i]}/statements`, magistrateStatement(i, firId));
      if (has(i, 'release_certificate')) {
        await sdm.command(`/legal/cases/${caseIds[i]}/release-certificates`, {
          certificateNumber: releaseCertificate(i),
          issuedAt: ist('2026-03-19', '16:00'),
          issuedBy: 'Sub-Divisional Magistrate, Jaipur (North)',
          district: 'RJ-JPR',
        });
      }
      await fileScan(shelter, i, 'fir_copy', 'PS Ramganj, Jaipur', '2026-03-10', { documentNumber: FIR_NUMBER });
      if (has(i, 'magistrate_statement')) await fileScan(shelter, i, 'magistrate_statement', MAGISTRATE, magistrateStatement(i, firId).recordedAt.slice(0, 10));
      if (has(i, 'release_certificate')) await fileScan(shelter, i, 'release_certificate', 'Sub-Divisional Magistrate, Jaipur (North)', '2026-03-19', { documentNumber: releaseCertificate(i) });
      if (has(i, 'identity_document')) await fileScan(shelter, i, 'identity_document', `Registrar of Births and Deaths, ${HOME_DISTRICTS[child.home].name} (synthetic)`, '2026-03-18', { jpeg: true });
    }
  });

  it('opens a bank account in the child\'s name for eleven children, the passbook scanned; Deepak\'s is not opened yet', async () => {
    clock.moveTo('2026-03-25', '12:00');
    for (const i of CHILDREN.keys()) {
      if (!has(i, 'bank_account_proof')) continue;
      const passbookDocumentId = await fileScan(shelter, i, 'bank_account_proof', 'State Bank of India, Johari Bazar, Jaipur', clock.today(), { jpeg: true });
      await shelter.command(`/care/cases/${caseIds[i]}/bank-accounts`, {
        openedAt: clock.stamp(),
        bank: 'State Bank of India',
        branch: 'Johari Bazar, Jaipur',
        ifsc: 'SBIN0031234',
        holder: 'child',
        maskedAccountNumber: `XXXXXXX${4810 + i}`, // issue 3's DLSA pays into these accounts
        passbookDocumentId,
      });
      clock.tick(15);
    }
  });

  it('holds the periodic health check and reviews each care plan', async () => {
    clock.moveTo('2026-04-01', '10:00');
    for (const [i, child] of CHILDREN.entries()) {
      await doctor.command(`/care/cases/${caseIds[i]}/health-checks`, {
        phase: 'periodic',
        examinedAt: clock.stamp(),
        examinedBy: 'Medical Officer, Satellite Hospital Ramganj',
        facility: 'Government Children\'s Home, Jaipur',
        findings: child.age < 12 ? 'Weight gained 2 kg; burns healed; anaemia under treatment' : 'Weight gained 2 kg; anaemia under treatment',
      });
      clock.tick(10);
    }
    clock.moveTo('2026-04-01', '15:00');
    for (const i of CHILDREN.keys()) {
      const { body: care } = await shelter.read(`/care/cases/${caseIds[i]}`);
      await shelter.command(`/care/cases/${caseIds[i]}/care-plan/reviews`, {
        reviewedAt: clock.stamp(),
        reviewedBy: 'Superintendent, Government Children\'s Home, Jaipur',
        progress: care.carePlan.goals.map((g: { goalId: string; domain: string }) => ({ goalId: g.goalId, status: reviewedStatus(i, g.domain) })),
        nextReviewDue: ist('2026-05-01', '00:00'),
      });
      clock.tick(10);
    }
  });

  it('submits each child\'s file to CWC Jaipur I, the key documents still missing recorded with the submission', async () => {
    clock.moveTo('2026-04-03', '11:00');
    for (const i of CHILDREN.keys()) {
      const submittedAt = clock.stamp();
      const { submissionId } = await shelter.create(`/documents/cases/${caseIds[i]}/submissions`, { committee: 'CWC Jaipur I', district: 'RJ-JPR', submittedAt });
      submissions.push({ submissionId: submissionId as string, submittedAt });
      clock.tick(5);
    }
  });

  it('has the Jaipur CWC order eleven transfers to the home-district CWCs (JJ Act s.95)', async () => {
    clock.moveTo('2026-04-06', '12:00');
    for (const i of IN_BATCH) {
      const orderedAt = clock.stamp();
      const { orderId } = await cwcJaipur.command(`/reintegration/cases/${caseIds[i]}/transfer-orders`, {
        orderNumber: transferOrder(i),
        orderedAt,
        orderingDistrict: 'RJ-JPR',
        receivingDistrict: CHILDREN[i].home,
        escortAgency: 'sjpu',
      });
      orders[i] = { orderId: orderId as string, orderedAt };
      clock.tick(5);
    }
  });

  it('has the CWCs of Gaya, Nalanda, Madhubani and Darbhanga accept the transfers', async () => {
    for (const [district, home] of Object.entries(HOME_DISTRICTS)) {
      clock.moveTo(...home.accepts);
      for (const i of ofDistrict(district, IN_BATCH)) {
        orders[i] = { ...orders[i], acceptedAt: clock.stamp() };
        await homeCwc[district].command(`/reintegration/cases/${caseIds[i]}/transfer-orders/${orders[i].orderId}/acceptance`, {
          acceptedAt: clock.stamp(),
          decidingDistrict: district,
          referenceNumber: homeCwcReference(i),
        });
        clock.tick(10);
      }
    }
  });

  it('prepares the eleven for the journey: counselling before repatriation, post-tests and the report card that travels home', async () => {
    clock.moveTo('2026-04-13', '10:00');
    for (const i of IN_BATCH) {
      const row = ROWS[i];
      await counsellor.command(`/care/cases/${caseIds[i]}/counselling-sessions`, {
        heldAt: clock.stamp(),
        counsellor: 'Counsellor, DCPU panel',
        organisation: 'DCPU Jaipur',
        kind: 'pre_repatriation',
        setting: 'shelter_home',
        durationMinutes: 30,
        language: needsInterpreter(CHILDREN[i]) ? 'maithili' : 'magahi',
      });
      clock.tick(30);
      for (const [subject, [, level]] of [['hindi', row.hindi], ['mathematics', row.maths]] as const) {
        const { id } = await teacher.command(`/care/cases/${caseIds[i]}/learning-assessments`, {
          test: 'post_test',
          subject,
          assessedAt: clock.stamp(),
          classLevel: level,
          assessedBy: 'Teacher, Government Children\'s Home, Jaipur',
        });
        tests[i].post.push(id as string);
        clock.tick(5);
      }
      const documentId = await fileScan(teacher, i, 'learning_report_card', 'Teacher, Government Children\'s Home, Jaipur', clock.today());
      await teacher.command(`/care/cases/${caseIds[i]}/report-cards`, {
        issuedAt: clock.stamp(),
        issuedBy: 'Teacher, Government Children\'s Home, Jaipur',
        assessmentIds: [...tests[i].pre, ...tests[i].post],
        documentId,
      });
    }
  });

  it('certifies the eleven fit to travel, each certificate scanned', async () => {
    clock.moveTo('2026-04-15', '10:00');
    for (const i of IN_BATCH) {
      const reportDocumentId = await fileScan(doctor, i, 'fit_to_travel_certificate', 'Medical Officer, District Hospital, Jaipur', clock.today(), {
        jpeg: true,
        documentNumber: fitToTravelCertificate(i),
      });
      await doctor.command(`/care/cases/${caseIds[i]}/health-checks`, {
        phase: 'fit_to_travel',
        examinedAt: clock.stamp(),
        examinedBy: 'Medical Officer, District Hospital, Jaipur',
        facility: 'District Hospital, Jaipur',
        findings: 'No infection; fit for a 24-hour train journey',
        fitToTravel: true,
        certificateNumber: fitToTravelCertificate(i),
        reportDocumentId,
      });
      clock.tick(10);
    }
  });

  it('plans the batch of eleven, escorted by the SJPU by train', async () => {
    clock.moveTo('2026-04-16', '12:00');
    batchPlannedAt = clock.iso(); // the service stamps the plan with its own (injected) clock
    const planned = await cwcJaipur.create('/batches', {
      caseIds: IN_BATCH.map((i) => caseIds[i]),
      reference: 'CWC-JPR/REP/2026/14',
      fromDistrict: 'RJ-JPR',
      escort: { agencyKind: 'sjpu', agencyName: 'SJPU Jaipur (East)', escorts: 4 },
      transport: 'train',
      plannedDepartureAt: ist('2026-04-20', '16:10'),
    });
    batchId = planned.batchId as string;
  });

  it('discharges the eleven from the Jaipur home on their transfer orders, and the batch leaves', async () => {
    clock.moveTo('2026-04-20', '07:00');
    for (const i of IN_BATCH) {
      dischargedAt[i] = clock.stamp();
      await shelter.command(`/care/cases/${caseIds[i]}/discharge`, {
        dischargedAt: dischargedAt[i],
        reason: 'repatriation_to_home_state',
        cwcOrderReference: transferOrder(i),
        destinationDistrictCode: CHILDREN[i].home,
      });
      clock.tick(5);
    }
    await escort.command(`/batches/${batchId}/departure`, { departedAt: clock.moveTo('2026-04-20', '16:25') });
  });

  it('receives the batch in Patna and hands each child over to the Social Welfare Dept., Bihar', async () => {
    await socialWelfare.command(`/batches/${batchId}/arrival`, { arrivedAt: clock.moveTo('2026-04-21', '19:40'), arrivalDistrict: 'BR-PAT' });
    clock.moveTo('2026-04-21', '21:00');
    for (const i of IN_BATCH) {
      handedOverAt[i] = clock.stamp();
      await socialWelfare.command(`/batches/${batchId}/children/${caseIds[i]}/handover`, {
        handedOverAt: clock.stamp(),
        receivingOffice: 'Social Welfare Dept., Bihar, Patna (Bal Sanrakshan Ikai)',
        receivingDistrict: 'BR-PAT',
        receivedByDesignation: 'Assistant Director, DCPU Patna',
      });
      clock.tick(5);
    }
  });

  it('writes nothing for a handover sent again, even with another receiving office', async () => {
    const rahul = CLOSED_AND_REOPENED;
    const handover = {
      handedOverAt: handedOverAt[rahul],
      receivingOffice: 'Social Welfare Dept., Bihar, Patna (Bal Sanrakshan Ikai)',
      receivingDistrict: 'BR-PAT',
      receivedByDesignation: 'Assistant Director, DCPU Patna',
    };
    const before = api.lastEtag(`/batches/${batchId}`);
    // A retry after a dropped connection: the same fact again writes nothing (README).
    const retried = await socialWelfare.command(`/batches/${batchId}/children/${caseIds[rahul]}/handover`, handover);
    expect(`"${retried.revision}"`).toBe(before);
    // Another handover of the same child (here: naming another office) is refused, not dropped.
    const token = await journey.token(person('swd-bihar-patna-ad', 'social-welfare-bihar', 'social-welfare-officer', ['BR'], ['BR-PAT']));
    const corrected = await request(journey.app.getHttpServer())
      .post(`/batches/${batchId}/children/${caseIds[rahul]}/handover`)
      .set('Authorization', `Bearer ${token}`)
      .send({ ...handover, receivingOffice: 'DCPU Gaya' })
      .expect(409);
    expect(corrected.body).toMatchObject({ code: 'CHILD_ALREADY_HANDED_OVER' });
    const { body: batch } = await socialWelfare.read(`/batches/${batchId}`);
    expect(batch.children[IN_BATCH.indexOf(rahul)].handover.receivingOffice).toBe(handover.receivingOffice);
  });

  it('assigns every child to the NGO and fieldworker of the home district, and records the child the Jaipur home sent home itself', async () => {
    clock.moveTo('2026-04-24', '11:00');
    for (const [district, home] of Object.entries(HOME_DISTRICTS)) {
      for (const i of ofDistrict(district)) {
        assignedAt[i] = clock.stamp();
        await dcpu[district].command(`/reintegration/cases/${caseIds[i]}/assignments`, {
          assignedAt: clock.stamp(),
          homeDistrict: district,
          ngo: home.ngo,
          fieldworker: home.fieldworker,
          assignedBy: 'dcpu',
        });
        clock.tick(5);
      }
    }
    // Sunil was put on a train with an uncle on 8 April, with no transfer order: the Nalanda
    // fieldworker found him at home. A known failure (G12), recorded as reported, never refused.
    sentHomeRecordedAt = clock.iso();
    await fieldworker['BR-NLD'].command(`/reintegration/cases/${caseIds[SENT_HOME]}/sent-home-outside-channel`, {
      sentAt: '2026-04-08',
      sentBy: 'shelter_home',
      senderName: SHELTER.name,
      homeDistrict: 'BR-NLD',
      arrivedHomeAt: '2026-04-10',
      learnedThrough: 'fieldworker_outreach',
      summary: 'The home put the boy on a train with an uncle; no transfer order was made.',
    });
  });

  it('lets the Gaya fieldworker download Rahul\'s care plan and fit-to-travel certificate: the bytes uploaded in Jaipur', async () => {
    clock.moveTo('2026-04-24', '16:00');
    const rahul = CLOSED_AND_REOPENED;
    for (const kind of ['individual_care_plan', 'fit_to_travel_certificate'] as const) {
      const scan = files[rahul].get(kind)!;
      const { content, headers } = await fieldworker['BR-GAY'].download(`/documents/cases/${caseIds[rahul]}/documents/${scan.documentId}/content`);
      downloads.push({ documentId: scan.documentId, sha256: sha256(scan.content), downloadedAt: clock.iso() });
      expect(sha256(content)).toBe(sha256(scan.content));
      expect(content.equals(scan.content)).toBe(true);
      expect(headers['content-type']).toBe(kind === 'individual_care_plan' ? 'application/pdf' : 'image/jpeg');
      expect(headers['repr-digest']).toBe(`sha-256=:${Buffer.from(sha256(scan.content), 'hex').toString('base64')}:`);
      clock.tick(5);
    }
  });

  it('assesses each child\'s needs at home in the six domains', async () => {
    clock.moveTo('2026-04-28', '10:00');
    for (const i of CHILDREN.keys()) {
      await fieldworker[CHILDREN[i].home].command(`/reintegration/cases/${caseIds[i]}/needs-assessments`, {
        assessedAt: clock.stamp(),
        scores: NEEDS,
        priorityDomains: ['livelihood_economic', 'education_skills'],
      });
      clock.tick(30);
    }
  });

  it.each(MONTHS.map((month) => [month, month === 1 ? ', and enrol the nine of 6 to 14 in school' : '']))('month %i at home: the fieldworkers visit or call every child%s', async (month) => {
    clock.nextMonth('09:30'); // 28 May, 28 June, ... 28 October
    const byPhone = BY_PHONE.has(month);
    for (const [i, child] of CHILDREN.entries()) {
      const fieldworkerOfChild = fieldworker[child.home];
      visitedAt[i].push(clock.stamp());
      await fieldworkerOfChild.command(`/reintegration/cases/${caseIds[i]}/follow-up-visits`, {
        visitedAt: clock.stamp(),
        mode: byPhone ? 'phone' : 'in_person',
        metWith: byPhone ? [{ relation: 'mother' }] : [{ relation: 'child' }, { relation: 'mother' }],
        scores: VISIT_SCORES[month - 1],
        schoolStatus: schoolStatusIn(month, i),
        entitlements: [{ kind: 'ration_card', status: month < 4 ? 'applied' : 'received' }],
        threatsReported: false,
      });
      const school = ROWS[i].school;
      if (month === 1 && school !== undefined) {
        enrolledAt[i] = clock.tick(30); // the fieldworker goes to the school with the family
        await fieldworkerOfChild.command(`/reintegration/cases/${caseIds[i]}/school-enrolments`, {
          enrolledAt: enrolledAt[i],
          ...(school === 'bridge'
            ? { kind: 'bridge_school', schoolName: `Residential Bridge Course Centre, ${HOME_DISTRICTS[child.home].name} (synthetic)`, schoolDistrict: child.home }
            : { kind: 'school', schoolName: HOME_DISTRICTS[child.home].school, schoolDistrict: child.home, management: 'government', grade: school }),
        });
      }
      clock.tick(20); // all the visits of a month fall on one day
    }
  });

  it('closes Rahul\'s case as reintegrated, every domain at its criteria', async () => {
    closedAt = clock.moveTo('2026-10-30', '11:00');
    await fieldworker['BR-GAY'].command(`/reintegration/cases/${caseIds[CLOSED_AND_REOPENED]}/closure`, {
      closedAt,
      reason: 'reintegrated',
      summary: 'In class 6 every day, ration card received, compensation paid; the CWC Gaya agreed to close.',
    });
  });

  it('reopens it when the agent acquitted on 2 November comes back to the village and threatens the father', async () => {
    reopenedAt = clock.moveTo('2026-11-10', '10:00');
    await fieldworker['BR-GAY'].command(`/reintegration/cases/${caseIds[CLOSED_AND_REOPENED]}/reopening`, {
      reopenedAt,
      reason: 'threat_or_harassment',
      summary: 'The acquitted agent came back to the village and threatened the father.',
    });
  });

  // --- reading back -------------------------------------------------------------------------

  it('reads back each child\'s care record: admitted on the CWC order, counselled, a reviewed care plan, tests and the report card, discharged', async () => {
    const lastCommandEtags = caseIds.map((id) => api.lastEtag(`/care/cases/${id}`));
    const read = await Promise.all(caseIds.map((id) => shelter.read(`/care/cases/${id}`)));
    const records = read.map((r) => r.body);
    const inBatch = (i: number) => IN_BATCH.includes(i);
    const language = (i: number) => (needsInterpreter(CHILDREN[i]) ? 'maithili' : 'magahi');

    expect(read.map((r) => r.etag)).toEqual(lastCommandEtags);
    expect(records.map((r) => r.admissions)).toEqual(
      CHILDREN.map((_, i) => [{ admissionId: expect.any(String), admittedAt: utc(admittedAt[i]), home: JAIPUR_HOME, cwcOrderReference: placementOrder(i) }]),
    );
    expect(records.map((r) => r.discharges)).toEqual(
      CHILDREN.map((child, i) =>
        inBatch(i)
          ? [{ dischargedAt: utc(dischargedAt[i]), reason: 'repatriation_to_home_state', cwcOrderReference: transferOrder(i), home: JAIPUR_HOME, destinationDistrictCode: child.home }]
          : [],
      ),
    );
    expect(records.map((r) => r.counsellingSessions.map((s: any) => [s.kind, s.language, s.reportDocumentId]))).toEqual(
      CHILDREN.map((_, i) => [
        ['initial_assessment', language(i), documentOf(i, 'counselling_report')],
        ...(inBatch(i) ? [['pre_repatriation', language(i), undefined]] : []),
      ]),
    );
    expect(records.map((r) => [r.carePlan.documentId, r.carePlan.reviews.length])).toEqual(CHILDREN.map((_, i) => [documentOf(i, 'individual_care_plan'), 1]));
    expect(records.map((r) => r.carePlan.goals.map((g: any) => [g.domain, g.status]))).toEqual(CHILDREN.map((_, i) => CARE_PLAN_DOMAINS.map((d) => [d, reviewedStatus(i, d)])));
    expect(records.map((r) => r.learningAssessments.map((a: any) => [a.test, a.subject, a.classLevel]))).toEqual(
      ROWS.map((row, i) => [
        ['pre_test', 'hindi', row.hindi[0]],
        ['pre_test', 'mathematics', row.maths[0]],
        ...(inBatch(i) ? [['post_test', 'hindi', row.hindi[1]], ['post_test', 'mathematics', row.maths[1]]] : []),
      ]),
    );
    expect(records.map((r) => r.reportCards.map((c: any) => [c.assessments.map((a: any) => a.assessmentId), c.documentId]))).toEqual(
      CHILDREN.map((_, i) => (inBatch(i) ? [[[...tests[i].pre, ...tests[i].post], documentOf(i, 'learning_report_card')]] : [])),
    );
    expect(records.map((r) => r.bankAccounts.map((a: any) => [a.holder, a.accountNumberLast4, a.passbookDocumentId]))).toEqual(
      CHILDREN.map((_, i) => (has(i, 'bank_account_proof') ? [['child', String(4810 + i), documentOf(i, 'bank_account_proof')]] : [])),
    );
  });

  it('reads back three health checks for the eleven who travelled, each with the fit-to-travel certificate, and two for Sunil', async () => {
    const records = await Promise.all(caseIds.map(async (id) => (await doctor.read(`/care/cases/${id}`)).body));

    expect(records.map((r) => r.healthChecks.map((c: any) => c.phase))).toEqual(
      CHILDREN.map((_, i) => (IN_BATCH.includes(i) ? ['injury_report', 'periodic', 'fit_to_travel'] : ['injury_report', 'periodic'])),
    );
    expect(records.map((r) => r.healthChecks[0])).toEqual(
      CHILDREN.map((child, i) =>
        expect.objectContaining({
          examinedAt: afterRaid(4),
          certificateNumber: `MLC/JPR/2026/${311 + i}`,
          reportDocumentId: documentOf(i, 'medical_report'),
          referrals: child.age < 12 ? [{ to: 'Burns OPD, SMS Hospital, Jaipur', reason: 'Second-degree burns on three fingers' }] : [],
        }),
      ),
    );
    for (const i of IN_BATCH) {
      const certificate = records[i].healthChecks.find((c: any) => c.phase === 'fit_to_travel');
      expect(certificate).toMatchObject({ fitToTravel: true, certificateNumber: fitToTravelCertificate(i), reportDocumentId: documentOf(i, 'fit_to_travel_certificate') });
      expect(certificate).not.toHaveProperty('referrals.0');
    }
  });

  it('reads back each child\'s file: every scan as uploaded and stamped by the journey clock, the key documents missing on purpose, and the same in the submission', async () => {
    const views = (await Promise.all(caseIds.map((id) => shelter.read(`/documents/cases/${id}`)))).map((r) => r.body);

    expect(views.map((v) => v.missingRequiredKinds)).toEqual(ROWS.map((row) => REQUIRED_DOCUMENT_KINDS.filter((kind) => row.missing.includes(kind))));
    expect(views.filter((v) => v.missingRequiredKinds.length > 0).map((v) => CHILDREN[caseIds.indexOf(v.caseId)].latin)).toEqual([
      'Vikash Paswan',
      'Pintu Mandal',
      'Deepak Mukhiya',
      'Golu Kumar',
      'Sunil Manjhi',
    ]);
    expect(views.map((v) => v.documents.map((d: any) => [d.documentId, d.kind, d.sha256, d.sizeBytes, d.uploadedAt, d.status]))).toEqual(
      files.map((file) => [...file].map(([kind, scan]) => [scan.documentId, kind, sha256(scan.content), scan.content.length, scan.uploadedAt, 'current'])),
    );
    const jpegs = new Set(['identity_document', 'bank_account_proof', 'fit_to_travel_certificate']);
    expect(views.flatMap((v) => v.documents.filter((d: any) => d.mediaType !== (jpegs.has(d.kind) ? 'image/jpeg' : 'application/pdf')))).toEqual([]);
    expect(views.flatMap((v) => v.documents.filter((d: any) => d.restricted).map((d: any) => d.kind))).toEqual(CHILDREN.map(() => 'counselling_report'));

    // The submission of 3 April lists what the file held then, and the key documents it lacked.
    for (const [i, view] of views.entries()) {
      const { submissionId, submittedAt } = submissions[i];
      const heldThen = [...files[i].values()].filter((scan) => scan.uploadedAt < utc(submittedAt)).map((scan) => scan.documentId);
      expect(view.submissions).toEqual([
        {
          submissionId,
          committee: 'CWC Jaipur I',
          district: 'RJ-JPR',
          submittedAt: utc(submittedAt),
          documentIds: heldThen,
          missingKinds: view.missingRequiredKinds,
          recordedBy: { userId: 'ghc-jpr-caseworker-1', orgId: 'govt-childrens-home-jaipur', role: 'shelter-staff' },
        },
      ]);
    }
  });

  it('reads back the downloads of Rahul\'s scans: who, which and when by the journey clock', async () => {
    const { body, etag } = await fieldworker['BR-GAY'].read(`/documents/cases/${caseIds[CLOSED_AND_REOPENED]}/downloads`);
    // The download log is not a stream: it answers no ETag (Express's own content hash is off).
    expect(etag).toBeUndefined();
    const downloadedBy = { userId: 'ngo-gaya-caseworker-3', orgId: 'gaya-bal-adhikar-manch', role: 'fieldworker' };
    expect(body.downloads).toEqual(downloads.map((download) => ({ ...download, downloadedBy })));
  });

  it('reads back the legal record: the release certificates the file lacks were never issued', async () => {
    const records = await Promise.all(caseIds.map(async (id) => (await prosecutor.read(`/legal/cases/${id}`)).body));
    expect(records.map((r) => r.statements.map((s: any) => [s.magistrate, s.firId]))).toEqual(CHILDREN.map((c) => (c.statement ? [[MAGISTRATE, firId]] : [])));
    expect(records.map((r) => r.releaseCertificates)).toEqual(
      CHILDREN.map((_, i) =>
        has(i, 'release_certificate')
          ? [{ certificateNumber: releaseCertificate(i), issuedAt: utc(ist('2026-03-19', '16:00')), issuedBy: 'Sub-Divisional Magistrate, Jaipur (North)', district: 'RJ-JPR' }]
          : [],
      ),
    );
  });

  it('reads back eleven transfer orders, each accepted by the CWC of the home district', async () => {
    const cases = await Promise.all(caseIds.map(async (id) => (await cwcJaipur.read(`/reintegration/cases/${id}`)).body));
    expect(cases.map((c) => c.transferOrders)).toEqual(
      CHILDREN.map((child, i) =>
        IN_BATCH.includes(i)
          ? [
              {
                orderId: orders[i].orderId,
                orderNumber: transferOrder(i),
                orderedAt: utc(orders[i].orderedAt),
                orderingDistrict: 'RJ-JPR',
                receivingDistrict: child.home,
                escortAgency: 'sjpu',
                decisions: [{ decision: 'accepted', acceptedAt: utc(orders[i].acceptedAt!), decidingDistrict: child.home, referenceNumber: homeCwcReference(i) }],
              },
            ]
          : [],
      ),
    );
  });

  it('reads back the child the Jaipur home sent home itself: recorded, not refused, with no transfer order and not in the batch', async () => {
    const { body: sunil } = await fieldworker['BR-NLD'].read(`/reintegration/cases/${caseIds[SENT_HOME]}`);
    expect(sunil.transferOrders).toEqual([]);
    expect(sunil.sentHomeOutsideChannel).toEqual([
      {
        sentAt: day('2026-04-08'),
        sentBy: 'shelter_home',
        senderName: SHELTER.name,
        homeDistrict: 'BR-NLD',
        arrivedHomeAt: day('2026-04-10'),
        learnedThrough: 'fieldworker_outreach',
        summary: 'The home put the boy on a train with an uncle; no transfer order was made.',
      },
    ]);
    expect(sentHomeRecordedAt > utc(sunil.sentHomeOutsideChannel[0].sentAt)).toBe(true); // reported two weeks late, and taken

    const { body: batch } = await escort.read(`/batches/${batchId}`);
    expect(batch.children.map((c: any) => c.caseId)).not.toContain(caseIds[SENT_HOME]);
    // AWKWARD (not a bug of one service): the care record cannot say he left. A discharge needs a
    // CWC order, and there was none, so care still has him in the Jaipur home while reintegration
    // has him at home in Nalanda: only a cross-service gap report (G12) can show it.
    const { body: care } = await shelter.read(`/care/cases/${caseIds[SENT_HOME]}`);
    expect(care).toMatchObject({ status: 'in_shelter', currentHome: JAIPUR_HOME, discharges: [] });
  });

  it('reads back the batch: planned by the journey clock, eleven children, departed, arrived in Patna, each handed over', async () => {
    const path = `/batches/${batchId}`;
    const lastCommandEtag = api.lastEtag(path);
    const { body: batch, etag } = await socialWelfare.read(path);

    expect(etag).toBe(lastCommandEtag);
    expect(batch).toEqual({
      batchId,
      reference: 'CWC-JPR/REP/2026/14',
      fromDistrict: 'RJ-JPR',
      escort: { agencyKind: 'sjpu', agencyName: 'SJPU Jaipur (East)', escorts: 4 },
      transport: 'train',
      plannedDepartureAt: utc(ist('2026-04-20', '16:10')),
      plannedAt: batchPlannedAt,
      status: 'arrived',
      reschedules: [],
      departedAt: utc(ist('2026-04-20', '16:25')),
      arrival: { arrivedAt: utc(ist('2026-04-21', '19:40')), arrivalDistrict: 'BR-PAT' },
      children: IN_BATCH.map((i) => ({
        caseId: caseIds[i],
        addedAt: batchPlannedAt,
        handover: {
          handedOverAt: utc(handedOverAt[i]),
          receivingOffice: 'Social Welfare Dept., Bihar, Patna (Bal Sanrakshan Ikai)',
          receivingDistrict: 'BR-PAT',
          receivedByDesignation: 'Assistant Director, DCPU Patna',
        },
      })),
      removals: [],
    });
  });

  it('reads back every child\'s follow-up: the fieldworker of the home district, the needs assessment, six monthly visits and the latest scores', async () => {
    const cases = await Promise.all(CHILDREN.map(async (child, i) => (await fieldworker[child.home].read(`/reintegration/cases/${caseIds[i]}`)).body));
    const istDay = (time: string) => new Date(Date.parse(time) + 330 * 60_000).toISOString().slice(0, 10);

    expect(cases.map((c) => c.assignments)).toEqual(
      CHILDREN.map((child, i) => [
        { assignedAt: utc(assignedAt[i]), homeDistrict: child.home, ngo: HOME_DISTRICTS[child.home].ngo, fieldworker: HOME_DISTRICTS[child.home].fieldworker, assignedBy: 'dcpu' },
      ]),
    );
    expect(cases.map((c) => c.needsAssessments.map((n: any) => n.scores))).toEqual(CHILDREN.map(() => [NEEDS]));
    expect(cases.map((c) => c.followUpVisits.map((v: any) => istDay(v.visitedAt)))).toEqual(
      CHILDREN.map(() => ['2026-05-28', '2026-06-28', '2026-07-28', '2026-08-28', '2026-09-28', '2026-10-28']),
    );
    expect(cases.map((c) => c.followUpVisits.map((v: any) => [v.visitedAt, v.mode, v.schoolStatus, v.entitlements[0].status]))).toEqual(
      CHILDREN.map((_, i) =>
        MONTHS.map((m) => [utc(visitedAt[i][m - 1]), BY_PHONE.has(m) ? 'phone' : 'in_person', schoolStatusIn(m, i), m < 4 ? 'applied' : 'received']),
      ),
    );
    // The last visit was in person and scored every domain; the phone calls only two.
    const latest = (i: number) => Object.fromEntries(Object.entries(VISIT_SCORES[5]).map(([domain, score]) => [domain, { score, at: utc(visitedAt[i][5]) }]));
    expect(cases.map((c) => c.latestScores)).toEqual(CHILDREN.map((_, i) => latest(i)));
  });

  it('reads back school enrolment for the nine children aged 6 to 14: seven in a government school, two in a bridge school', async () => {
    const cases = await Promise.all(caseIds.map(async (id) => (await socialWelfare.read(`/reintegration/cases/${id}`)).body));
    expect(cases.map((c) => c.schoolEnrolments)).toEqual(
      CHILDREN.map((child, i) => {
        const school = ROWS[i].school;
        if (school === undefined) return [];
        const where = { enrolledAt: utc(enrolledAt[i]), schoolDistrict: child.home };
        return school === 'bridge'
          ? [{ ...where, kind: 'bridge_school', schoolName: `Residential Bridge Course Centre, ${HOME_DISTRICTS[child.home].name} (synthetic)` }]
          : [{ ...where, kind: 'school', schoolName: HOME_DISTRICTS[child.home].school, management: 'government', grade: school }];
      }),
    );
    expect(cases.filter((c) => c.schoolEnrolments.length > 0)).toHaveLength(SCHOOL_AGE.length);
  });

  it('reads back Rahul\'s closure, every domain meeting its criteria, then its reopening; no other case was closed', async () => {
    const cases = await Promise.all(caseIds.map(async (id) => (await socialWelfare.read(`/reintegration/cases/${id}`)).body));
    const rahul = cases[CLOSED_AND_REOPENED];

    expect(rahul.status).toBe('open');
    expect(rahul.closures).toEqual([
      {
        closedAt: utc(closedAt),
        reason: 'reintegrated',
        summary: 'In class 6 every day, ration card received, compensation paid; the CWC Gaya agreed to close.',
        criteriaMetFrom: 3,
        latestScores: VISIT_SCORES[5],
        allDomainsMetCriteria: true,
        domainsBelowCriteria: [],
      },
    ]);
    expect(rahul.reopenings).toEqual([{ reopenedAt: utc(reopenedAt), reason: 'threat_or_harassment', summary: 'The acquitted agent came back to the village and threatened the father.' }]);
    expect(cases.map((c) => [c.status, c.closures.length, c.reopenings.length])).toEqual(CHILDREN.map((_, i) => ['open', i === CLOSED_AND_REOPENED ? 1 : 0, i === CLOSED_AND_REOPENED ? 1 : 0]));
  });

  it('answered every command with its revision in ETag, sent If-Match on all but each stream\'s first, and every Location can be read', async () => {
    const commands = api.commands;
    expect(commands.filter((c) => !/^"\d+"$/.test(c.etag ?? ''))).toEqual([]);
    // Every other command went with If-Match set to the ETag last answered for its stream, and was
    // accepted: so each ETag was the stream's revision.
    const withoutIfMatch = new Map<string, number>();
    for (const c of commands.filter((x) => x.ifMatch === undefined)) {
      const request = c.request.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');
      withoutIfMatch.set(request, (withoutIfMatch.get(request) ?? 0) + 1);
    }
    expect(Object.fromEntries(withoutIfMatch)).toEqual({
      'POST /rescue-operations': 1,
      'POST /firs': 1,
      'POST /care/cases/:id/admissions': 12,
      'POST /documents/cases/:id/documents': 12,
      'POST /legal/cases/:id/statements': 10,
      'POST /legal/cases/:id/release-certificates': 2, // Golu and Sunil made no statement
      'POST /reintegration/cases/:id/transfer-orders': 11,
      'POST /reintegration/cases/:id/assignments': 1, // Sunil, who had no transfer order
      'POST /batches': 1,
    });

    const locations = new Set(commands.filter((c) => c.status === 201).map((c) => c.location));
    expect(locations).not.toContain(undefined);
    for (const location of locations) await shelter.read(location!);
  });
});
