import type { FirEvent } from '@setu/contracts';
import { CommandRejected } from '@setu/decider';
import { given } from '@setu/decider/testing';
import type { FirCommand } from './fir.commands';
import { firDecider } from './fir.decider';

const at = new Date('2026-03-02T11:00:00.000Z');
const FIR = '0195f3a0-0000-7000-8000-00000000f001';
const CHILD_1 = '0195f3a0-0000-7000-8000-0000000c0001';
const CHILD_2 = '0195f3a0-0000-7000-8000-0000000c0002';
const OWNER = '0195f3a0-0000-7000-8000-0000000a0001';
const AGENT = '0195f3a0-0000-7000-8000-0000000a0002';
const STRANGER = '0195f3a0-0000-7000-8000-0000000a0099';
const SUMMONS = '0195f3a0-0000-7000-8000-000000050001';
const APPEAL = '0195f3a0-0000-7000-8000-0000000a9001';

type CommandOf<T extends FirCommand['type']> = Extract<FirCommand, { type: T }>;
const cmd = <T extends FirCommand['type']>(type: T, data: CommandOf<T>['data']) => ({ type, data, occurredAt: at }) as CommandOf<T>;
const decider = given(firDecider);
const rejected = (code: string, errors?: readonly { field: string }[]) => (error: unknown) =>
  error instanceof CommandRejected &&
  error.code === code &&
  (errors === undefined || JSON.stringify(error.errors.map((e) => e.field)) === JSON.stringify(errors.map((e) => e.field)));

const registered: FirEvent = {
  type: 'legal.FirRegistered',
  data: {
    firId: FIR,
    number: '0117/2026',
    policeStation: 'Ramganj',
    district: 'RJ-JPR',
    registeredAt: '2026-03-01T18:30:00.000Z',
    sections: ['BNS-143', 'JJA-79', 'IPC-374'],
  },
};
const child1: FirEvent = { type: 'legal.VictimAdded', data: { firId: FIR, caseId: CHILD_1, addedAt: '2026-03-01T18:30:00.000Z' } };
const owner: FirEvent = {
  type: 'legal.AccusedNamed',
  data: { firId: FIR, accusedId: OWNER, name: 'Synthetic Owner', aliases: [], role: 'employer', status: 'arrested', namedAt: '2026-03-01T18:30:00.000Z' },
};
const agent: FirEvent = {
  type: 'legal.AccusedNamed',
  data: { firId: FIR, accusedId: AGENT, name: 'Synthetic Agent', aliases: ['Agent Bhai'], role: 'agent', namedAt: '2026-03-01T18:30:00.000Z' },
};
const onFir = [registered, child1, owner, agent];
const summoned: FirEvent = {
  type: 'legal.SummonsIssued',
  data: { firId: FIR, summonsId: SUMMONS, caseId: CHILD_1, issuedAt: '2026-09-01T05:00:00.000Z', court: 'Special Court (POCSO), Jaipur' },
};

describe('firDecider', () => {
  describe('RegisterFir', () => {
    const register = cmd('RegisterFir', {
      ...registered.data,
      victims: [CHILD_1, CHILD_1],
      accused: [
        { accusedId: OWNER, name: 'Synthetic Owner', aliases: [], role: 'employer', status: 'arrested' },
        { accusedId: AGENT, name: 'Synthetic Agent', aliases: ['Agent Bhai'], role: 'agent' },
      ],
    });

    it('registers the FIR with its children (once each) and accused, all at the registration time', () => {
      decider([]).when(register).then([registered, child1, owner, agent]);
    });

    it('refuses to register a FIR twice', () => {
      decider([registered]).when(register).thenThrows(rejected('FIR_ALREADY_REGISTERED'));
    });
  });

  describe.each<[string, FirCommand]>([
    ['AddVictims', cmd('AddVictims', { caseIds: [CHILD_2], addedAt: '2026-03-05T10:00:00.000Z' })],
    ['NameAccused', cmd('NameAccused', { accused: [], namedAt: '2026-03-05T10:00:00.000Z' })],
    ['RecordAccusedStatus', cmd('RecordAccusedStatus', { accusedId: OWNER, status: 'on_bail', since: '2026-03-05T10:00:00.000Z' })],
    ['RecordAppealDecision', cmd('RecordAppealDecision', { appealId: APPEAL, decidedAt: '2027-05-01T10:00:00.000Z', outcome: 'dismissed' })],
  ])('%s on a FIR never registered', (_name, command) => {
    it('is refused as not found', () => {
      decider([]).when(command).thenThrows(rejected('FIR_NOT_FOUND'));
    });
  });

  describe('AddVictims', () => {
    it('adds the children not yet on the FIR, once each', () => {
      decider(onFir)
        .when(cmd('AddVictims', { caseIds: [CHILD_1, CHILD_2, CHILD_2], addedAt: '2026-03-05T10:00:00.000Z' }))
        .then([{ type: 'legal.VictimAdded', data: { firId: FIR, caseId: CHILD_2, addedAt: '2026-03-05T10:00:00.000Z' } }]);
    });

    it('writes nothing when every child is already on the FIR', () => {
      decider(onFir).when(cmd('AddVictims', { caseIds: [CHILD_1], addedAt: '2026-03-05T10:00:00.000Z' })).then([]);
    });
  });

  describe('NameAccused', () => {
    it('names new accused and skips those already named', () => {
      const later = { accusedId: STRANGER, name: 'Synthetic Trafficker', aliases: [], role: 'trafficker' as const, status: 'absconding' as const };
      decider(onFir)
        .when(cmd('NameAccused', { accused: [{ accusedId: OWNER, name: 'Again', aliases: [], role: 'employer' }, later], namedAt: '2026-04-01T00:00:00.000Z' }))
        .then([{ type: 'legal.AccusedNamed', data: { firId: FIR, ...later, namedAt: '2026-04-01T00:00:00.000Z' } }]);
    });
  });

  describe('RecordAccusedStatus', () => {
    const absconding = cmd('RecordAccusedStatus', { accusedId: AGENT, status: 'absconding', since: '2026-03-03T00:00:00.000Z' });

    it('records a change of custody status', () => {
      decider(onFir)
        .when(absconding)
        .then([{ type: 'legal.AccusedStatusRecorded', data: { firId: FIR, accusedId: AGENT, status: 'absconding', since: '2026-03-03T00:00:00.000Z' } }]);
    });

    it('writes nothing when the status is already the current one', () => {
      decider([...onFir, { type: 'legal.AccusedStatusRecorded', data: { firId: FIR, accusedId: AGENT, status: 'absconding', since: '2026-03-02T00:00:00.000Z' } }])
        .when(absconding)
        .then([]);
    });

    it('refuses an accused the FIR does not name, as not found', () => {
      decider(onFir)
        .when(cmd('RecordAccusedStatus', { accusedId: STRANGER, status: 'arrested', since: '2026-03-03T00:00:00.000Z' }))
        .thenThrows(rejected('ACCUSED_NOT_FOUND'));
    });
  });

  describe('RecordBailHearing', () => {
    const hearing = (outcome: 'granted' | 'denied', accusedId = OWNER) =>
      cmd('RecordBailHearing', {
        hearingId: '0195f3a0-0000-7000-8000-0000000b0001',
        accusedId,
        heldAt: '2026-03-20T06:00:00.000Z',
        court: 'Sessions Court, Jaipur Metropolitan',
        victimLawyerPresent: false,
        opposed: true,
        outcome,
      });

    it('records a denied hearing, with or without a lawyer for the victim', () => {
      decider(onFir).when(hearing('denied')).then([{ type: 'legal.BailHearingHeld', data: { firId: FIR, ...hearing('denied').data } }]);
    });

    it('puts the accused on bail from the hearing when bail is granted', () => {
      decider(onFir)
        .when(hearing('granted'))
        .then([
          { type: 'legal.BailHearingHeld', data: { firId: FIR, ...hearing('granted').data } },
          {
            type: 'legal.AccusedStatusRecorded',
            data: { firId: FIR, accusedId: OWNER, status: 'on_bail', since: '2026-03-20T06:00:00.000Z', bailHearingId: '0195f3a0-0000-7000-8000-0000000b0001' },
          },
        ]);
    });

    it('records only the hearing when the accused is already on bail', () => {
      const onBail: FirEvent = { type: 'legal.AccusedStatusRecorded', data: { firId: FIR, accusedId: OWNER, status: 'on_bail', since: '2026-03-10T00:00:00.000Z' } };
      decider([...onFir, onBail]).when(hearing('granted')).then([{ type: 'legal.BailHearingHeld', data: { firId: FIR, ...hearing('granted').data } }]);
    });

    it('refuses a hearing for an accused not on the FIR, naming the field', () => {
      decider(onFir).when(hearing('denied', STRANGER)).thenThrows(rejected('ACCUSED_NOT_ON_FIR', [{ field: 'accusedId' }]));
    });
  });

  describe('FileChargeSheet', () => {
    const sheet = (accusedIds: string[]) =>
      cmd('FileChargeSheet', {
        chargeSheetId: '0195f3a0-0000-7000-8000-0000000c5001',
        filedAt: '2026-05-25T06:00:00.000Z',
        court: 'Special Court, Jaipur',
        sections: ['BNS-143', 'JJA-79', 'CLPRA-14'],
        accusedIds,
      });

    it('records the charge sheet, also one filed long after the FIR', () => {
      decider(onFir).when(sheet([OWNER, AGENT])).then([{ type: 'legal.ChargeSheetFiled', data: { firId: FIR, ...sheet([OWNER, AGENT]).data } }]);
    });

    it('refuses accused not on the FIR, naming each', () => {
      decider(onFir).when(sheet([OWNER, STRANGER, STRANGER])).thenThrows(rejected('ACCUSED_NOT_ON_FIR', [{ field: 'accusedIds[1]' }, { field: 'accusedIds[2]' }]));
    });
  });

  describe('IssueSummons', () => {
    it('records a summons for a child of the FIR', () => {
      const { firId: _, ...data } = summoned.data;
      decider(onFir).when(cmd('IssueSummons', data)).then([summoned]);
    });

    it('refuses a summons for a child not on the FIR', () => {
      decider(onFir)
        .when(cmd('IssueSummons', { summonsId: SUMMONS, caseId: CHILD_2, issuedAt: '2026-09-01T05:00:00.000Z', court: 'Special Court, Jaipur' }))
        .thenThrows(rejected('CHILD_NOT_ON_FIR', [{ field: 'caseId' }]));
    });
  });

  describe('RecordSummonsServed', () => {
    it('records service, naming the child of the summons', () => {
      decider([...onFir, summoned])
        .when(cmd('RecordSummonsServed', { summonsId: SUMMONS, servedAt: '2026-09-10T05:00:00.000Z' }))
        .then([{ type: 'legal.SummonsServed', data: { firId: FIR, caseId: CHILD_1, summonsId: SUMMONS, servedAt: '2026-09-10T05:00:00.000Z' } }]);
    });

    it('refuses an unknown summons as not found', () => {
      decider(onFir).when(cmd('RecordSummonsServed', { summonsId: SUMMONS, servedAt: '2026-09-10T05:00:00.000Z' })).thenThrows(rejected('SUMMONS_NOT_FOUND'));
    });
  });

  describe('RecordSummonsKnownToNgo', () => {
    const known = cmd('RecordSummonsKnownToNgo', { summonsId: SUMMONS, learnedAt: '2026-10-20T05:00:00.000Z', organisation: 'Synthetic NGO, Gaya' });

    it('records when the NGO learned of it, even after the hearing it summoned to', () => {
      decider([...onFir, summoned])
        .when(known)
        .then([{ type: 'legal.SummonsKnownToNgo', data: { firId: FIR, caseId: CHILD_1, ...known.data } }]);
    });

    it('refuses an unknown summons as not found', () => {
      decider(onFir).when(known).thenThrows(rejected('SUMMONS_NOT_FOUND'));
    });
  });

  describe('RecordTestimony', () => {
    const testimony = (caseId: string, summonsId?: string) =>
      cmd('RecordTestimony', {
        testimonyId: '0195f3a0-0000-7000-8000-0000000d0001',
        caseId,
        testifiedAt: '2026-10-01T06:00:00.000Z',
        court: 'Special Court, Jaipur',
        mode: 'video_from_home_district',
        assessment: 'supportive',
        ...(summonsId === undefined ? {} : { summonsId }),
      });

    it('records a testimony, with or without the summons it answered', () => {
      decider([...onFir, summoned]).when(testimony(CHILD_1, SUMMONS)).then([{ type: 'legal.TestimonyGiven', data: { firId: FIR, ...testimony(CHILD_1, SUMMONS).data } }]);
      decider(onFir).when(testimony(CHILD_1)).then([{ type: 'legal.TestimonyGiven', data: { firId: FIR, ...testimony(CHILD_1).data } }]);
    });

    it('refuses a testimony by a child not on the FIR', () => {
      decider(onFir).when(testimony(CHILD_2)).thenThrows(rejected('CHILD_NOT_ON_FIR', [{ field: 'caseId' }]));
    });

    it('refuses a summons issued for another child, or not on the FIR', () => {
      const child2: FirEvent = { type: 'legal.VictimAdded', data: { firId: FIR, caseId: CHILD_2, addedAt: '2026-03-05T00:00:00.000Z' } };
      decider([...onFir, child2, summoned]).when(testimony(CHILD_2, SUMMONS)).thenThrows(rejected('SUMMONS_OF_ANOTHER_CHILD', [{ field: 'summonsId' }]));
      decider(onFir).when(testimony(CHILD_1, SUMMONS)).thenThrows(rejected('SUMMONS_OF_ANOTHER_CHILD', [{ field: 'summonsId' }]));
    });
  });

  describe('RecordJudgment', () => {
    const base = { judgmentId: '0195f3a0-0000-7000-8000-0000000e0001', deliveredAt: '2027-02-01T06:00:00.000Z', court: 'Special Court, Jaipur' };
    const convicted = { accusedId: OWNER, verdict: 'convicted' as const, sections: ['BNS-143', 'JJA-79'], sentence: { imprisonmentMonths: 120, rigorous: true, fineRupees: 50000 } };
    const acquitted = { accusedId: AGENT, verdict: 'acquitted' as const, sections: [] };

    it('records one verdict per accused under the same judgment', () => {
      decider(onFir)
        .when(cmd('RecordJudgment', { ...base, verdicts: [convicted, acquitted] }))
        .then([
          { type: 'legal.JudgmentDelivered', data: { firId: FIR, ...base, ...convicted } },
          { type: 'legal.JudgmentDelivered', data: { firId: FIR, ...base, ...acquitted } },
        ]);
    });

    it('refuses a verdict on an accused not on the FIR, naming the field', () => {
      decider(onFir)
        .when(cmd('RecordJudgment', { ...base, verdicts: [convicted, { ...acquitted, accusedId: STRANGER }] }))
        .thenThrows(rejected('ACCUSED_NOT_ON_FIR', [{ field: 'verdicts[1].accusedId' }]));
    });

    it('refuses two verdicts on one accused', () => {
      decider(onFir)
        .when(cmd('RecordJudgment', { ...base, verdicts: [convicted, { ...convicted }] }))
        .thenThrows(rejected('INCOHERENT_VERDICT', [{ field: 'verdicts[1].accusedId' }]));
    });

    it('refuses a sentence on an acquittal', () => {
      decider(onFir)
        .when(cmd('RecordJudgment', { ...base, verdicts: [{ ...acquitted, sentence: { imprisonmentMonths: 12 } }] }))
        .thenThrows(rejected('INCOHERENT_VERDICT', [{ field: 'verdicts[0].sentence' }]));
    });

    it('refuses a conviction under no section', () => {
      decider(onFir)
        .when(cmd('RecordJudgment', { ...base, verdicts: [{ ...convicted, sections: [] }] }))
        .thenThrows(rejected('INCOHERENT_VERDICT', [{ field: 'verdicts[0].sections' }]));
    });
  });

  describe('FileAppeal', () => {
    const appeal = (accusedIds: string[]) =>
      cmd('FileAppeal', { appealId: APPEAL, filedAt: '2027-03-01T06:00:00.000Z', court: 'High Court of Rajasthan, Jaipur Bench', appellant: 'accused', accusedIds });

    it('records an appeal, even one entered before the judgment it is against', () => {
      decider(onFir).when(appeal([OWNER])).then([{ type: 'legal.AppealFiled', data: { firId: FIR, ...appeal([OWNER]).data } }]);
    });

    it('refuses accused not on the FIR', () => {
      decider(onFir).when(appeal([STRANGER])).thenThrows(rejected('ACCUSED_NOT_ON_FIR', [{ field: 'accusedIds[0]' }]));
    });
  });

  describe('RecordAppealDecision', () => {
    const filed: FirEvent = {
      type: 'legal.AppealFiled',
      data: { firId: FIR, appealId: APPEAL, filedAt: '2027-03-01T06:00:00.000Z', court: 'High Court of Rajasthan', appellant: 'accused', accusedIds: [OWNER] },
    };
    const decision = cmd('RecordAppealDecision', { appealId: APPEAL, decidedAt: '2028-01-10T06:00:00.000Z', outcome: 'dismissed' });

    it('records the decision of a filed appeal', () => {
      decider([...onFir, filed]).when(decision).then([{ type: 'legal.AppealDecided', data: { firId: FIR, ...decision.data } }]);
    });

    it('refuses an appeal not filed on this FIR, as not found', () => {
      decider(onFir).when(decision).thenThrows(rejected('APPEAL_NOT_FOUND'));
    });
  });
  describe('the date of a fact on the FIR', () => {
    const before = '2026-03-01T18:29:59.000Z'; // a second before the FIR's registration
    const filed: FirEvent = {
      type: 'legal.AppealFiled',
      data: { firId: FIR, appealId: APPEAL, filedAt: '2027-03-01T06:00:00.000Z', court: 'High Court of Rajasthan', appellant: 'accused', accusedIds: [OWNER] },
    };
    const prosecution: [FirCommand, string][] = [
      [cmd('RecordBailHearing', { hearingId: '0195f3a0-0000-7000-8000-0000000b0001', accusedId: OWNER, heldAt: before, court: 'Sessions Court', victimLawyerPresent: false, opposed: true, outcome: 'denied' }), 'heldAt'],
      [cmd('FileChargeSheet', { chargeSheetId: '0195f3a0-0000-7000-8000-0000000c5001', filedAt: before, court: 'Special Court', sections: ['BNS-143'], accusedIds: [OWNER] }), 'filedAt'],
      [cmd('IssueSummons', { summonsId: SUMMONS, caseId: CHILD_1, issuedAt: before, court: 'Special Court' }), 'issuedAt'],
      [cmd('RecordSummonsServed', { summonsId: SUMMONS, servedAt: before }), 'servedAt'],
      [cmd('RecordSummonsKnownToNgo', { summonsId: SUMMONS, learnedAt: before, organisation: 'Synthetic NGO, Gaya' }), 'learnedAt'],
      [cmd('RecordTestimony', { testimonyId: '0195f3a0-0000-7000-8000-0000000d0001', caseId: CHILD_1, testifiedAt: before, court: 'Special Court', mode: 'in_person', assessment: 'supportive' }), 'testifiedAt'],
      [cmd('RecordJudgment', { judgmentId: '0195f3a0-0000-7000-8000-0000000e0001', deliveredAt: before, court: 'Special Court', verdicts: [{ accusedId: AGENT, verdict: 'acquitted', sections: [] }] }), 'deliveredAt'],
      [cmd('FileAppeal', { appealId: APPEAL, filedAt: before, court: 'High Court', appellant: 'state', accusedIds: [AGENT] }), 'filedAt'],
      [cmd('RecordAppealDecision', { appealId: APPEAL, decidedAt: before, outcome: 'dismissed' }), 'decidedAt'],
    ];

    it.each(prosecution.map(([command, field]) => [command.type, field, command] as const))(
      '%s dated before the FIR was registered is refused as impossible, naming %s',
      (_type, field, command) => {
        const error = decider([...onFir, summoned, filed]).when(command).thenThrows<CommandRejected>(rejected('STEP_BEFORE_FIR_REGISTRATION', [{ field }]));
        expect(error.category).toBe('unprocessable');
        expect(error.errors[0].message).toContain('2026-03-01T18:30:00.000Z');
      },
    );

    it('may be the registration time itself, or years later', () => {
      const hearing = { hearingId: '0195f3a0-0000-7000-8000-0000000b0001', accusedId: OWNER, heldAt: '2026-03-01T18:30:00.000Z', court: 'Sessions Court', victimLawyerPresent: false, opposed: true, outcome: 'denied' as const };
      decider(onFir).when(cmd('RecordBailHearing', hearing)).then([{ type: 'legal.BailHearingHeld', data: { firId: FIR, ...hearing } }]);
      const decision = { appealId: APPEAL, decidedAt: '2034-01-10T06:00:00.000Z', outcome: 'allowed' as const };
      decider([...onFir, filed]).when(cmd('RecordAppealDecision', decision)).then([{ type: 'legal.AppealDecided', data: { firId: FIR, ...decision } }]);
    });

    it('is not bound for children added, accused named and custody: an arrest at the raid precedes the FIR written that night', () => {
      decider(onFir)
        .when(cmd('AddVictims', { caseIds: [CHILD_2], addedAt: before }))
        .then([{ type: 'legal.VictimAdded', data: { firId: FIR, caseId: CHILD_2, addedAt: before } }]);
      decider(onFir)
        .when(cmd('RecordAccusedStatus', { accusedId: AGENT, status: 'arrested', since: '2026-03-01T05:00:00.000Z' }))
        .then([{ type: 'legal.AccusedStatusRecorded', data: { firId: FIR, accusedId: AGENT, status: 'arrested', since: '2026-03-01T05:00:00.000Z' } }]);
    });

    it('refuses an unknown summons or appeal as not found first, whatever its date', () => {
      decider(onFir).when(cmd('RecordSummonsServed', { summonsId: SUMMONS, servedAt: before })).thenThrows(rejected('SUMMONS_NOT_FOUND'));
      decider(onFir).when(cmd('RecordAppealDecision', { appealId: APPEAL, decidedAt: before, outcome: 'dismissed' })).thenThrows(rejected('APPEAL_NOT_FOUND'));
    });
  });

  describe('after a judgment', () => {
    const judged = (accusedId: string, verdict: 'convicted' | 'acquitted'): FirEvent => ({
      type: 'legal.JudgmentDelivered',
      data: { firId: FIR, judgmentId: '0195f3a0-0000-7000-8000-0000000e0001', deliveredAt: '2027-02-01T06:00:00.000Z', court: 'Special Court', accusedId, verdict, sections: verdict === 'convicted' ? ['BNS-143'] : [] },
    });
    const onBail: FirEvent = { type: 'legal.AccusedStatusRecorded', data: { firId: FIR, accusedId: OWNER, status: 'on_bail', since: '2026-03-20T00:00:00.000Z' } };

    it('the verdict is where the accused stands: bail pending appeal is a new custody fact, even for one on bail before', () => {
      decider([...onFir, onBail, judged(OWNER, 'convicted')])
        .when(cmd('RecordAccusedStatus', { accusedId: OWNER, status: 'on_bail', since: '2027-03-05T00:00:00.000Z' }))
        .then([{ type: 'legal.AccusedStatusRecorded', data: { firId: FIR, accusedId: OWNER, status: 'on_bail', since: '2027-03-05T00:00:00.000Z' } }]);
    });

    it('bail granted to a convict records the accused on bail from the hearing', () => {
      const hearing = { hearingId: '0195f3a0-0000-7000-8000-0000000b0009', accusedId: OWNER, heldAt: '2027-03-05T06:00:00.000Z', court: 'High Court', victimLawyerPresent: true, opposed: true, outcome: 'granted' as const };
      decider([...onFir, onBail, judged(OWNER, 'convicted')])
        .when(cmd('RecordBailHearing', hearing))
        .then([
          { type: 'legal.BailHearingHeld', data: { firId: FIR, ...hearing } },
          { type: 'legal.AccusedStatusRecorded', data: { firId: FIR, accusedId: OWNER, status: 'on_bail', since: hearing.heldAt, bailHearingId: hearing.hearingId } },
        ]);
    });

    it('an arrest of an acquitted accused is recorded', () => {
      decider([...onFir, judged(OWNER, 'acquitted')])
        .when(cmd('RecordAccusedStatus', { accusedId: OWNER, status: 'arrested', since: '2027-04-01T00:00:00.000Z' }))
        .then([{ type: 'legal.AccusedStatusRecorded', data: { firId: FIR, accusedId: OWNER, status: 'arrested', since: '2027-04-01T00:00:00.000Z' } }]);
    });
  });
});
