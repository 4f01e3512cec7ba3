import type { CareEvent } from '@setu/contracts';
import { CommandRejected } from '@setu/decider';
import { given } from '@setu/decider/testing';
import type { CareCommand, RecordHealthCheck, ReviewCarePlan } from './care.commands';
import { careDecider } from './care.decider';

const CASE = '0195f3a0-0000-7000-8000-0000000c0001';
const id = (n: number) => `0195f3a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const at = new Date('2026-03-20T06:00:00.000Z');

type CommandNamed<T extends CareCommand['type']> = Extract<CareCommand, { type: T }>;
const cmd = <T extends CareCommand['type']>(type: T, data: Omit<CommandNamed<T>['data'], 'caseId'>): CommandNamed<T> =>
  ({ type, data: { caseId: CASE, ...data }, occurredAt: at }) as unknown as CommandNamed<T>;
type EventNamed<T extends CareEvent['type']> = Extract<CareEvent, { type: T }>;
const event = <T extends CareEvent['type']>(type: T, data: Omit<EventNamed<T>['data'], 'caseId'>): EventNamed<T> =>
  ({ type, data: { caseId: CASE, ...data } }) as unknown as EventNamed<T>;
const decider = given(careDecider);
const rejected = (code: string, fields: readonly string[] = []) => (error: unknown) =>
  error instanceof CommandRejected &&
  error.code === code &&
  error.category === 'unprocessable' &&
  JSON.stringify(error.errors.map((e) => e.field)) === JSON.stringify(fields);

const balGriha = { name: 'Rajkiya Bal Griha, Jaipur', districtCode: 'RJ-JPR', registrationNumber: 'RJ/JPR/CCI/2017/014' };
const aashray = { name: 'Aashray Children\'s Home', districtCode: 'RJ-JPR', registrationNumber: 'RJ/JPR/CCI/2019/031' };

const admitted = event('care.ShelterAdmitted', {
  admissionId: id(1),
  admittedAt: '2026-03-02T10:00:00.000Z',
  home: balGriha,
  cwcOrderReference: 'CWC/JPR/2026/0412',
});
const transferred = event('care.TransferredBetweenHomes', {
  transferId: id(2),
  transferredAt: '2026-04-10T09:00:00.000Z',
  fromHome: balGriha,
  toHome: aashray,
  cwcOrderReference: 'CWC/JPR/2026/0733',
});
const missing = event('care.MissingFromShelter', {
  missingId: id(3),
  lastSeenAt: '2026-03-15T20:00:00.000Z',
  home: balGriha,
  reportedToPolice: true,
  policeStation: 'Ramganj',
});

describe('careDecider', () => {
  describe('AdmitToShelter', () => {
    const admit = cmd('AdmitToShelter', { ...admitted.data });

    it('admits the child on a CWC order, as the first fact or after others', () => {
      decider([]).when(admit).then([admitted]);
      const counselled = event('care.CounsellingSessionHeld', {
        sessionId: id(9),
        heldAt: '2026-03-01T22:00:00.000Z',
        counsellor: 'Counsellor, CLFJ panel',
        kind: 'initial_assessment',
        setting: 'police_station',
      });
      decider([counselled]).when(admit).then([admitted]);
    });

    it('accepts a second admission on another order, even while the record says the child is in a home', () => {
      const again = cmd('AdmitToShelter', { ...admitted.data, admissionId: id(4), home: aashray, cwcOrderReference: 'CWC/JPR/2026/0999' });
      decider([admitted]).when(again).then([{ ...admitted, data: { ...admitted.data, admissionId: id(4), home: aashray, cwcOrderReference: 'CWC/JPR/2026/0999' } }]);
    });

    it('refuses an admission on an order already recorded, however it is spaced or cased', () => {
      const repeat = cmd('AdmitToShelter', { ...admitted.data, admissionId: id(4), cwcOrderReference: ' cwc/jpr/2026/0412 ' });
      decider([admitted]).when(repeat).thenThrows(rejected('ADMISSION_ALREADY_RECORDED', ['cwcOrderReference']));
    });
  });

  describe('TransferBetweenHomes', () => {
    it('records a transfer, even with no admission recorded yet', () => {
      const transfer = cmd('TransferBetweenHomes', { ...transferred.data });
      decider([]).when(transfer).then([transferred]);
      decider([admitted]).when(transfer).then([transferred]);
    });

    it('refuses a transfer to the home the child leaves', () => {
      const toSame = cmd('TransferBetweenHomes', { ...transferred.data, toHome: { ...balGriha, name: 'Bal Griha (Govt.)' } });
      decider([admitted]).when(toSame).thenThrows(rejected('TRANSFER_TO_SAME_HOME', ['toHome']));
      const byName = cmd('TransferBetweenHomes', {
        ...transferred.data,
        fromHome: { name: 'Aashray  children\'s home', districtCode: 'RJ-JPR' },
        toHome: { name: 'Aashray Children\'s Home', districtCode: 'RJ-JPR' },
      });
      decider([]).when(byName).thenThrows(rejected('TRANSFER_TO_SAME_HOME', ['toHome']));
    });
  });

  describe('ReportMissing', () => {
    const report = cmd('ReportMissing', { missingId: id(3), lastSeenAt: '2026-03-15T20:00:00.000Z', reportedToPolice: true, policeStation: 'Ramganj' });

    it('names the home the record places the child in when last seen', () => {
      decider([admitted]).when(report).then([missing]);
      const afterTransfer = cmd('ReportMissing', { missingId: id(3), lastSeenAt: '2026-05-01T08:00:00.000Z', reportedToPolice: false });
      decider([admitted, transferred]).when(afterTransfer).then([
        event('care.MissingFromShelter', { missingId: id(3), lastSeenAt: '2026-05-01T08:00:00.000Z', reportedToPolice: false, home: aashray }),
      ]);
    });

    it('uses field time, not entry order: a report dated before a transfer names the first home', () => {
      decider([transferred, admitted]).when(report).then([missing]);
    });

    it('records a missing child with no placement recorded, naming no home', () => {
      const { home: _, ...withoutHome } = missing.data;
      decider([]).when(report).then([{ ...missing, data: withoutHome }]);
    });
  });

  describe('RecordFound', () => {
    const found = { foundAt: '2026-03-17T11:00:00.000Z', foundBy: 'police', whereFound: 'Jaipur Junction railway station', returnedToShelter: true } as const;

    it('ends the episode it names', () => {
      decider([admitted, missing]).when(cmd('RecordFound', { ...found, missingId: id(3) })).then([event('care.FoundAfterMissing', { ...found, missingId: id(3) })]);
    });

    it('without a missing id, ends the latest episode open when the child was found', () => {
      const earlier = event('care.MissingFromShelter', { missingId: id(5), lastSeenAt: '2026-03-05T20:00:00.000Z', reportedToPolice: false });
      decider([admitted, earlier, missing]).when(cmd('RecordFound', found)).then([event('care.FoundAfterMissing', { ...found, missingId: id(3) })]);
      const laterEpisode = event('care.MissingFromShelter', { missingId: id(6), lastSeenAt: '2026-03-25T20:00:00.000Z', reportedToPolice: false });
      decider([admitted, earlier, laterEpisode]).when(cmd('RecordFound', found)).then([event('care.FoundAfterMissing', { ...found, missingId: id(5) })]);
    });

    it('records a finding with no missing report (a late report may follow)', () => {
      decider([admitted]).when(cmd('RecordFound', found)).then([event('care.FoundAfterMissing', found)]);
    });

    it('refuses an episode that does not exist', () => {
      decider([admitted]).when(cmd('RecordFound', { ...found, missingId: id(99) })).thenThrows(rejected('MISSING_EPISODE_UNKNOWN', ['missingId']));
    });

    it('refuses to end an episode twice', () => {
      const ended = event('care.FoundAfterMissing', { ...found, missingId: id(3) });
      decider([admitted, missing, ended]).when(cmd('RecordFound', { ...found, missingId: id(3) })).thenThrows(rejected('MISSING_EPISODE_ALREADY_ENDED', ['missingId']));
    });

    it('refuses a finding before the child was last seen', () => {
      const tooEarly = cmd('RecordFound', { ...found, missingId: id(3), foundAt: '2026-03-14T11:00:00.000Z' });
      decider([admitted, missing]).when(tooEarly).thenThrows(rejected('FOUND_BEFORE_MISSING', ['foundAt']));
    });
  });

  describe('Discharge', () => {
    const discharge = cmd('Discharge', {
      dischargedAt: '2026-06-01T04:00:00.000Z',
      reason: 'repatriation_to_home_state',
      cwcOrderReference: 'CWC/JPR/2026/1120',
      destinationDistrictCode: 'BR-GAY',
    });
    const discharged = event('care.DischargedFromShelter', { ...discharge.data, home: aashray });

    it('names the home the child leaves', () => {
      decider([admitted, transferred]).when(discharge).then([discharged]);
    });

    it('records a discharge with no placement recorded', () => {
      const { home: _, ...withoutHome } = discharged.data;
      decider([]).when(discharge).then([{ ...discharged, data: withoutHome }]);
    });

    it('refuses a discharge on an order already recorded', () => {
      decider([admitted, discharged]).when(discharge).thenThrows(rejected('DISCHARGE_ALREADY_RECORDED', ['cwcOrderReference']));
    });
  });

  describe('RecordCounsellingSession', () => {
    it('records the session, which references the restricted report by id only', () => {
      const session = {
        sessionId: id(10),
        heldAt: '2026-03-05T05:30:00.000Z',
        counsellor: 'Shelter counsellor, Rajkiya Bal Griha',
        kind: 'individual',
        setting: 'shelter_home',
        durationMinutes: 45,
        language: 'maithili',
        reportDocumentId: id(11),
      } as const;
      decider([]).when(cmd('RecordCounsellingSession', session)).then([event('care.CounsellingSessionHeld', session)]);
      decider([admitted]).when(cmd('RecordCounsellingSession', session)).then([event('care.CounsellingSessionHeld', session)]);
    });
  });

  describe('care plan', () => {
    const goal = (n: number, domain: 'safety_protection' | 'education_skills') => ({ goalId: id(n), domain, goal: `synthetic goal ${n}` });
    const created = event('care.CarePlanCreated', {
      planId: id(20),
      createdAt: '2026-03-10T06:00:00.000Z',
      preparedBy: 'Case worker, Rajkiya Bal Griha',
      goals: [goal(21, 'safety_protection'), goal(22, 'education_skills')],
    });
    const review: Omit<ReviewCarePlan['data'], 'caseId'> = {
      reviewId: id(30),
      reviewedAt: '2026-04-10T06:00:00.000Z',
      reviewedBy: 'Superintendent, Rajkiya Bal Griha',
      progress: [{ goalId: id(22), status: 'in_progress' }],
      newGoals: [goal(23, 'safety_protection')],
    };

    it('creates the plan once', () => {
      decider([admitted]).when(cmd('CreateCarePlan', { ...created.data })).then([created]);
      decider([admitted, created]).when(cmd('CreateCarePlan', { ...created.data, planId: id(29) })).thenThrows(rejected('CARE_PLAN_ALREADY_CREATED'));
    });

    it('reviews it, on its goals and on goals added by an earlier review', () => {
      decider([created]).when(cmd('ReviewCarePlan', review)).then([event('care.CarePlanReviewed', { ...review, planId: id(20) })]);
      const reviewed = event('care.CarePlanReviewed', { ...review, planId: id(20) });
      const second: typeof review = { ...review, reviewId: id(31), reviewedAt: '2026-05-10T06:00:00.000Z', progress: [{ goalId: id(23), status: 'achieved' }], newGoals: [] };
      decider([created, reviewed]).when(cmd('ReviewCarePlan', second)).then([event('care.CarePlanReviewed', { ...second, planId: id(20) })]);
    });

    it('refuses a review with no plan', () => {
      decider([admitted]).when(cmd('ReviewCarePlan', review)).thenThrows(rejected('CARE_PLAN_NOT_CREATED'));
    });

    it('refuses a review dated before the plan', () => {
      decider([created]).when(cmd('ReviewCarePlan', { ...review, reviewedAt: '2026-03-09T06:00:00.000Z' })).thenThrows(rejected('REVIEW_BEFORE_PLAN', ['reviewedAt']));
    });

    it('refuses progress on goals the plan does not have, naming each', () => {
      const strangers: typeof review = {
        ...review,
        progress: [{ goalId: id(21), status: 'achieved' }, { goalId: id(98), status: 'achieved' }, { goalId: id(99), status: 'in_progress' }],
      };
      decider([created]).when(cmd('ReviewCarePlan', strangers)).thenThrows(rejected('GOAL_UNKNOWN', ['progress[1].goalId', 'progress[2].goalId']));
    });
  });

  describe('RecordHealthCheck', () => {
    it('records each of the three phases', () => {
      const injury: Omit<RecordHealthCheck['data'], 'caseId'> = {
        checkId: id(40),
        phase: 'injury_report',
        examinedAt: '2026-03-01T23:30:00.000Z',
        examinedBy: 'Medical Officer, SMS Hospital',
        facility: 'SMS Hospital, Jaipur',
        findings: 'synthetic findings: abrasions on both hands',
        referrals: [{ to: 'Dermatology OPD, SMS Hospital', reason: 'synthetic reason' }],
      };
      decider([]).when(cmd('RecordHealthCheck', injury)).then([event('care.HealthCheckRecorded', injury)]);
      const periodic: typeof injury = { ...injury, checkId: id(41), phase: 'periodic', referrals: [] };
      decider([admitted]).when(cmd('RecordHealthCheck', periodic)).then([event('care.HealthCheckRecorded', periodic)]);
      const fit: typeof injury = { ...injury, checkId: id(42), phase: 'fit_to_travel', referrals: [], fitToTravel: true, certificateNumber: 'FTT/2026/118' };
      decider([admitted]).when(cmd('RecordHealthCheck', fit)).then([event('care.HealthCheckRecorded', fit)]);
    });
  });

  describe('education', () => {
    const test = (n: number, kind: 'pre_test' | 'post_test', subject: 'hindi' | 'mathematics', assessedAt: string, classLevel: number) =>
      ({ assessmentId: id(n), test: kind, subject, assessedAt, classLevel }) as const;
    const preHindi = test(50, 'pre_test', 'hindi', '2026-03-06T05:00:00.000Z', 1);
    const postHindi = test(51, 'post_test', 'hindi', '2026-05-20T05:00:00.000Z', 3);
    const preMaths = test(52, 'pre_test', 'mathematics', '2026-03-06T06:00:00.000Z', 0);
    const assessed = (t: typeof preHindi) => event('care.LearningLevelAssessed', t);

    it('records pre-tests and post-tests, a post-test alone too', () => {
      decider([]).when(cmd('RecordLearningAssessment', preHindi)).then([assessed(preHindi)]);
      decider([assessed(preHindi)]).when(cmd('RecordLearningAssessment', postHindi)).then([assessed(postHindi)]);
      decider([assessed(preMaths)]).when(cmd('RecordLearningAssessment', postHindi)).then([assessed(postHindi)]);
      decider([assessed(postHindi)]).when(cmd('RecordLearningAssessment', preHindi)).then([assessed(preHindi)]);
    });

    it('refuses a post-test before the first pre-test of its subject', () => {
      const early = { ...postHindi, assessedAt: '2026-03-01T05:00:00.000Z' };
      decider([assessed(preHindi)]).when(cmd('RecordLearningAssessment', early)).thenThrows(rejected('POST_TEST_BEFORE_PRE_TEST', ['assessedAt']));
    });

    it('refuses a first pre-test after the post-test of its subject', () => {
      const late = { ...preHindi, assessedAt: '2026-06-01T05:00:00.000Z' };
      decider([assessed(postHindi)]).when(cmd('RecordLearningAssessment', late)).thenThrows(rejected('PRE_TEST_AFTER_POST_TEST', ['assessedAt']));
    });

    it('issues a report card carrying the tests it names, as recorded', () => {
      const card = { reportCardId: id(60), issuedAt: '2026-05-25T05:00:00.000Z', issuedBy: 'Teacher, Rajkiya Bal Griha', documentId: id(61) };
      decider([assessed(preHindi), assessed(postHindi), assessed(preMaths)])
        .when(cmd('IssueReportCard', { ...card, assessmentIds: [id(50), id(51)] }))
        .then([event('care.ReportCardIssued', { ...card, assessments: [preHindi, postHindi] })]);
    });

    it('refuses a report card naming tests not recorded, naming each', () => {
      const card = { reportCardId: id(60), issuedAt: '2026-05-25T05:00:00.000Z', issuedBy: 'Teacher', assessmentIds: [id(97), id(50), id(98)] };
      decider([assessed(preHindi)]).when(cmd('IssueReportCard', card)).thenThrows(rejected('ASSESSMENT_UNKNOWN', ['assessmentIds[0]', 'assessmentIds[2]']));
    });
  });

  describe('RecordBankAccount', () => {
    it('records the account with its last four digits only', () => {
      const account = {
        accountId: id(70),
        openedAt: '2026-04-02T06:30:00.000Z',
        bank: 'State Bank of India',
        branch: 'Johari Bazar, Jaipur',
        ifsc: 'SBIN0004321',
        holder: 'joint_with_guardian',
        accountNumberLast4: '4821',
      } as const;
      decider([admitted]).when(cmd('RecordBankAccount', account)).then([event('care.BankAccountOpened', account)]);
    });
  });
});
