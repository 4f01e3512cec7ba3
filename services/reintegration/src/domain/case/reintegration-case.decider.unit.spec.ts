import { CommandRejected } from '@setu/decider';
import { given } from '@setu/decider/testing';
import { caseReference, referenceYear } from './case-reference';
import type { ReintegrationCaseCommand } from './reintegration-case.commands';
import { reintegrationCaseDecider } from './reintegration-case.decider';
import type { ReintegrationCaseEvent } from './reintegration-case.events';

const caseId = '01960000-0000-7000-8000-0000000000c1';
const orderId = '01960000-0000-7000-8000-0000000000a1';
const entitlementId = '01960000-0000-7000-8000-0000000000e1';
const threatId = '01960000-0000-7000-8000-0000000000f1';
const suspicionId = '01960000-0000-7000-8000-0000000000d1';
const laterCaseId = '01970000-0000-7000-8000-0000000000c9';

type Type = ReintegrationCaseCommand['type'];
const command = <T extends Type>(type: T, occurredAt: string, data: Extract<ReintegrationCaseCommand, { type: T }>['data']) =>
  ({ type, occurredAt: new Date(occurredAt), data }) as ReintegrationCaseCommand;
const decider = given(reintegrationCaseDecider);
const rejected = (code: string, field?: string) => (error: unknown) =>
  error instanceof CommandRejected && error.code === code && (field === undefined || error.errors.some((e) => e.field === field));

const allStable = {
  safety_protection: 3,
  physical_mental_health: 3,
  education_skills: 4,
  livelihood_economic: 3,
  legal_justice: 3,
  social_acceptance_empowerment: 3,
};
const ordered: ReintegrationCaseEvent = {
  type: 'reintegration.TransferOrdered',
  data: { caseId, orderId, orderNumber: 'CWC/JPR/2026/0311', orderedAt: '2026-04-02T06:30:00.000Z', orderingDistrict: 'RJ-JPR', receivingDistrict: 'BR-GAY' },
};
const accepted: ReintegrationCaseEvent = {
  type: 'reintegration.TransferAccepted',
  data: { caseId, orderId, acceptedAt: '2026-04-06T08:00:00.000Z', decidingDistrict: 'BR-GAY' },
};
const refused: ReintegrationCaseEvent = {
  type: 'reintegration.TransferRefused',
  data: { caseId, orderId, refusedAt: '2026-04-06T08:00:00.000Z', decidingDistrict: 'BR-GAY', reason: 'family_not_traced' },
};
const assessed = (scores: typeof allStable, assessedAt: string): ReintegrationCaseEvent => ({
  type: 'reintegration.NeedsAssessed',
  data: { caseId, assessedAt, scores },
});
const applied: ReintegrationCaseEvent = {
  type: 'reintegration.EntitlementApplied',
  data: { caseId, entitlementId, appliedAt: '2026-05-20T05:00:00.000Z', kind: 'health_insurance', beneficiary: 'household' },
};
const threat: ReintegrationCaseEvent = {
  type: 'reintegration.ThreatReported',
  data: { caseId, threatId, reportedAt: '2026-06-01T09:00:00.000Z', kind: 'pressure_to_turn_hostile', source: 'trafficker_or_agent', policeInformed: false },
};
const suspected: ReintegrationCaseEvent = {
  type: 'reintegration.ReTraffickingSuspected',
  data: { caseId, suspicionId, suspectedAt: '2026-09-01T09:00:00.000Z', grounds: 'missing_from_home' },
};
const closing = { caseId, reason: 'reintegrated' as const, criteriaMetFrom: 3 };
const closed: ReintegrationCaseEvent = {
  type: 'reintegration.CaseClosed',
  data: {
    ...closing,
    closedAt: '2026-12-01T06:00:00.000Z',
    latestScores: allStable,
    allDomainsMetCriteria: true,
    domainsBelowCriteria: [],
  },
};

describe('OpenCase', () => {
  const open = command('OpenCase', '2026-05-02T06:00:00Z', {
    caseId,
    reference: 'BR-GAY-2026-00007',
    learnedThrough: 'panchayat_or_vcpc',
    returnRoute: 'sent_by_employer_or_trafficker',
    names: [{ text: 'सोनू कुमार', script: 'Deva' }],
    sex: 'male',
    home: { districtCode: 'BR-GAY', village: 'Example Village' },
  });

  it('opens the case of a child who came home with no record', () => {
    decider([]).when(open).then([{ type: 'reintegration.CaseOpened', data: { ...open.data, identifiedAt: '2026-05-02T06:00:00.000Z' } } as ReintegrationCaseEvent]);
  });

  it('refuses to open it twice', () => {
    decider([ordered]).when(open).thenThrows(rejected('CASE_ALREADY_OPENED'));
  });

  it('numbers the reference per district and year as counted in India', () => {
    expect(referenceYear(new Date('2026-12-31T19:00:00Z'))).toBe(2027);
    expect(caseReference('BR-GAY', 2026, 7)).toBe('BR-GAY-2026-00007');
  });
});

describe('transfer orders', () => {
  it('records an order for a child the rescue service knows, with no reintegration record yet', () => {
    const { orderedAt, ...data } = ordered.data;
    decider([]).when(command('OrderTransfer', orderedAt, data)).then([ordered]);
  });

  it('records the acceptance, and the same acceptance again writes nothing', () => {
    const accept = command('AcceptTransfer', '2026-04-06T08:00:00Z', { caseId, orderId, decidingDistrict: 'BR-GAY' });
    decider([ordered]).when(accept).then([accepted]);
    decider([ordered, accepted]).when(accept).then([]);
  });

  it('records a refusal, and a later change of mind', () => {
    const refuse = command('RefuseTransfer', '2026-04-06T08:00:00Z', { caseId, orderId, decidingDistrict: 'BR-GAY', reason: 'family_not_traced' });
    decider([ordered]).when(refuse).then([refused]);
    decider([ordered, refused]).when(refuse).then([]);
    decider([ordered, refused]).when(command('AcceptTransfer', '2026-04-06T08:00:00Z', { caseId, orderId, decidingDistrict: 'BR-GAY' })).then([accepted]);
  });

  it('takes an acceptance dated before its order: the gap report judges it', () => {
    const early = command('AcceptTransfer', '2026-03-01T08:00:00Z', { caseId, orderId, decidingDistrict: 'BR-GAY' });
    decider([ordered]).when(early).then([{ ...accepted, data: { ...accepted.data, acceptedAt: '2026-03-01T08:00:00.000Z' } }]);
  });

  it('refuses a decision on an order the case does not have', () => {
    const accept = command('AcceptTransfer', '2026-04-06T08:00:00Z', { caseId, orderId: laterCaseId, decidingDistrict: 'BR-GAY' });
    decider([ordered]).when(accept).thenThrows(rejected('TRANSFER_ORDER_UNKNOWN', 'orderId'));
    decider([]).when(command('RefuseTransfer', '2026-04-06T08:00:00Z', { caseId, orderId, decidingDistrict: 'BR-GAY', reason: 'other' })).thenThrows(
      rejected('TRANSFER_ORDER_UNKNOWN', 'orderId'),
    );
  });
});

describe('facts recorded as they come', () => {
  const cases: [ReintegrationCaseCommand, ReintegrationCaseEvent][] = [
    [
      command('RecordSentHomeOutsideChannel', '2026-04-20T00:00:00Z', { caseId, sentBy: 'shelter_home', homeDistrict: 'BR-NWD', learnedThrough: 'fieldworker_outreach' }),
      {
        type: 'reintegration.ChildSentHomeOutsideChannel',
        data: { caseId, sentAt: '2026-04-20T00:00:00.000Z', sentBy: 'shelter_home', homeDistrict: 'BR-NWD', learnedThrough: 'fieldworker_outreach' },
      },
    ],
    [
      command('AssignFieldworker', '2026-04-25T05:00:00Z', { caseId, homeDistrict: 'BR-GAY', ngo: { name: 'Gaya Bal Sahyog' }, fieldworker: { name: 'Anita Devi' } }),
      {
        type: 'reintegration.FieldworkerAssigned',
        data: { caseId, assignedAt: '2026-04-25T05:00:00.000Z', homeDistrict: 'BR-GAY', ngo: { name: 'Gaya Bal Sahyog' }, fieldworker: { name: 'Anita Devi' } },
      },
    ],
    [command('AssessNeeds', '2026-05-05T05:00:00Z', { caseId, scores: allStable }), assessed(allStable, '2026-05-05T05:00:00.000Z')],
    [
      command('RecordFollowUpVisit', '2026-06-05T05:00:00Z', { caseId, mode: 'phone', metWith: [{ relation: 'mother' }], threatsReported: false, scores: { legal_justice: 2 } }),
      {
        type: 'reintegration.FollowUpVisited',
        data: { caseId, visitedAt: '2026-06-05T05:00:00.000Z', mode: 'phone', metWith: [{ relation: 'mother' }], threatsReported: false, scores: { legal_justice: 2 } },
      },
    ],
    [
      command('RecordSchoolEnrolment', '2026-06-15T00:00:00Z', { caseId, kind: 'school', schoolName: 'Example Middle School', grade: 6 }),
      { type: 'reintegration.SchoolEnrolled', data: { caseId, enrolledAt: '2026-06-15T00:00:00.000Z', kind: 'school', schoolName: 'Example Middle School', grade: 6 } },
    ],
    [
      command('ApplyForEntitlement', '2026-05-20T05:00:00Z', { caseId, entitlementId, kind: 'health_insurance', beneficiary: 'household' }),
      applied,
    ],
    [
      command('RecordLivelihoodSupport', '2026-07-01T05:00:00Z', {
        caseId,
        supportId: entitlementId,
        kind: 'productive_asset',
        provider: 'Gaya Bal Sahyog',
        beneficiary: 'household',
        amountRupees: 12000,
      }),
      {
        type: 'reintegration.LivelihoodSupportProvided',
        data: {
          caseId,
          supportId: entitlementId,
          providedAt: '2026-07-01T05:00:00.000Z',
          kind: 'productive_asset',
          provider: 'Gaya Bal Sahyog',
          beneficiary: 'household',
          amountRupees: 12000,
        },
      },
    ],
    [
      command('ReportThreat', '2026-06-01T09:00:00Z', { caseId, threatId, kind: 'pressure_to_turn_hostile', source: 'trafficker_or_agent', policeInformed: false }),
      threat,
    ],
    [command('SuspectReTrafficking', '2026-09-01T09:00:00Z', { caseId, suspicionId, grounds: 'missing_from_home' }), suspected],
  ];

  it.each(cases.map(([when, then]) => [then.type, when, then] as const))('%s: recorded on an open case, a case new to reintegration and a closed one', (_, when, then) => {
    decider([ordered]).when(when).then([then]);
    decider([]).when(when).then([then]);
    decider([ordered, closed]).when(when).then([then]);
  });
});

describe('entitlements', () => {
  const receive = command('RecordEntitlementReceived', '2026-07-10T05:00:00Z', { caseId, entitlementId, documentNumberMasked: 'XXXX-XXXX-4821' });
  const received: ReintegrationCaseEvent = {
    type: 'reintegration.EntitlementReceived',
    data: { caseId, entitlementId, receivedAt: '2026-07-10T05:00:00.000Z', documentNumberMasked: 'XXXX-XXXX-4821' },
  };

  it('records the receipt of an application, once', () => {
    decider([applied]).when(receive).then([received]);
    decider([applied, received]).when(receive).then([]);
  });

  it('refuses a receipt for no application', () => {
    decider([ordered]).when(receive).thenThrows(rejected('ENTITLEMENT_UNKNOWN', 'entitlementId'));
  });
});

describe('threats', () => {
  const toPolice = command('RecordThreatReportedToPolice', '2026-06-02T09:00:00Z', { caseId, threatId, policeStation: 'Belaganj PS', policeReference: 'SD 112/2026' });

  it('records that the police were informed of a reported threat', () => {
    decider([threat]).when(toPolice).then([
      {
        type: 'reintegration.ThreatReportedToPolice',
        data: { caseId, threatId, informedAt: '2026-06-02T09:00:00.000Z', policeStation: 'Belaganj PS', policeReference: 'SD 112/2026' },
      },
    ]);
  });

  it('refuses it for a threat never reported', () => {
    decider([]).when(toPolice).thenThrows(rejected('THREAT_UNKNOWN', 'threatId'));
  });
});

describe('re-trafficking', () => {
  const confirm = command('ConfirmReTrafficking', '2026-10-01T09:00:00Z', { caseId, suspicionId, laterCaseId, foundInDistrict: 'RJ-JPR' });
  const confirmed: ReintegrationCaseEvent = {
    type: 'reintegration.ReTraffickingConfirmed',
    data: { caseId, suspicionId, laterCaseId, foundInDistrict: 'RJ-JPR', confirmedAt: '2026-10-01T09:00:00.000Z' },
  };
  const ruleOut = command('RuleOutReTrafficking', '2026-09-05T09:00:00Z', { caseId, suspicionId, reason: 'child_at_home' });
  const ruledOut: ReintegrationCaseEvent = {
    type: 'reintegration.ReTraffickingRuledOut',
    data: { caseId, suspicionId, reason: 'child_at_home', ruledOutAt: '2026-09-05T09:00:00.000Z' },
  };

  it('confirms a suspicion once, linking the later case', () => {
    decider([suspected]).when(confirm).then([confirmed]);
    decider([suspected, confirmed]).when(confirm).then([]);
  });

  it('rules out a suspicion once, and still takes a confirmation after it', () => {
    decider([suspected]).when(ruleOut).then([ruledOut]);
    decider([suspected, ruledOut]).when(ruleOut).then([]);
    decider([suspected, ruledOut]).when(confirm).then([confirmed]);
  });

  it('refuses to rule out a confirmed re-trafficking', () => {
    decider([suspected, confirmed]).when(ruleOut).thenThrows(rejected('RE_TRAFFICKING_ALREADY_CONFIRMED', 'suspicionId'));
  });

  it('refuses to confirm or rule out a suspicion the case does not have', () => {
    decider([ordered]).when(confirm).thenThrows(rejected('RE_TRAFFICKING_SUSPICION_UNKNOWN', 'suspicionId'));
    decider([]).when(ruleOut).thenThrows(rejected('RE_TRAFFICKING_SUSPICION_UNKNOWN', 'suspicionId'));
  });
});

describe('CloseCase', () => {
  const close = (occurredAt: string, closingScores?: Partial<typeof allStable>) =>
    command('CloseCase', occurredAt, { ...closing, ...(closingScores === undefined ? {} : { closingScores }) });

  it('records that every domain met its criteria, from the latest scores', () => {
    decider([assessed({ ...allStable, legal_justice: 1 }, '2026-05-05T05:00:00.000Z'), assessed(allStable, '2026-11-01T05:00:00.000Z')])
      .when(close('2026-12-01T06:00:00Z'))
      .then([closed]);
  });

  it('records an early closure with the domains below their criteria, never scored ones included', () => {
    const visit: ReintegrationCaseEvent = {
      type: 'reintegration.FollowUpVisited',
      data: { caseId, visitedAt: '2026-06-05T05:00:00.000Z', mode: 'in_person', metWith: [{ relation: 'child' }], threatsReported: true, scores: { safety_protection: 2, education_skills: 3 } },
    };
    decider([visit]).when(close('2026-07-01T06:00:00Z')).then([
      {
        type: 'reintegration.CaseClosed',
        data: {
          ...closing,
          closedAt: '2026-07-01T06:00:00.000Z',
          latestScores: { safety_protection: 2, education_skills: 3 },
          allDomainsMetCriteria: false,
          domainsBelowCriteria: ['safety_protection', 'physical_mental_health', 'livelihood_economic', 'legal_justice', 'social_acceptance_empowerment'],
        },
      },
    ]);
  });

  it('keeps the score given latest in the field, whatever the order of entry', () => {
    const late = assessed({ ...allStable, legal_justice: 1 }, '2026-05-05T05:00:00.000Z');
    decider([assessed(allStable, '2026-11-01T05:00:00.000Z'), late]).when(close('2026-12-01T06:00:00Z')).then([closed]);
  });

  it('counts the closing scores as the latest', () => {
    decider([assessed(allStable, '2026-11-01T05:00:00.000Z')])
      .when(close('2026-12-01T06:00:00Z', { safety_protection: 2 }))
      .then([
        {
          type: 'reintegration.CaseClosed',
          data: {
            ...closing,
            closingScores: { safety_protection: 2 },
            closedAt: '2026-12-01T06:00:00.000Z',
            latestScores: { ...allStable, safety_protection: 2 },
            allDomainsMetCriteria: false,
            domainsBelowCriteria: ['safety_protection'],
          },
        },
      ]);
  });

  it('refuses to close a closed case', () => {
    decider([ordered, closed]).when(close('2026-12-02T06:00:00Z')).thenThrows(rejected('CASE_ALREADY_CLOSED'));
  });
});

describe('ReopenCase', () => {
  const reopen = command('ReopenCase', '2027-01-10T06:00:00Z', { caseId, reason: 'threat_or_harassment' });
  const reopened: ReintegrationCaseEvent = {
    type: 'reintegration.CaseReopened',
    data: { caseId, reason: 'threat_or_harassment', reopenedAt: '2027-01-10T06:00:00.000Z' },
  };

  it('reopens a closed case, which can then be closed again', () => {
    decider([ordered, closed]).when(reopen).then([reopened]);
    decider([ordered, closed, reopened]).when(command('CloseCase', '2027-06-01T06:00:00Z', closing)).then([
      {
        type: 'reintegration.CaseClosed',
        data: {
          ...closing,
          closedAt: '2027-06-01T06:00:00.000Z',
          latestScores: {},
          allDomainsMetCriteria: false,
          domainsBelowCriteria: Object.keys(allStable) as (keyof typeof allStable)[],
        },
      },
    ]);
  });

  it('refuses to reopen a case that is not closed', () => {
    decider([ordered]).when(reopen).thenThrows(rejected('CASE_NOT_CLOSED'));
    decider([]).when(reopen).thenThrows(rejected('CASE_NOT_CLOSED'));
  });
});
