import { FIR_EVENTS, LEGAL_CASE_EVENTS, LEGAL_EVENTS, piiPaths, type FirEvent, type LegalCaseEvent } from '@setu/contracts';
import { foldEvents, type Command, type Decider, type Event } from '@setu/decider';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FirCommand } from './domain/fir/fir.commands';
import { firDecider } from './domain/fir/fir.decider';
import type { LegalCaseCommand } from './domain/legal-case/legal-case.commands';
import { legalCaseDecider } from './domain/legal-case/legal-case.decider';

// What the deciders write must match what contracts/ promise consumers: every event type is
// produced by some command below and validated against its published schema.

const at = new Date('2026-03-02T11:00:00.000Z');
const id = (n: number) => `0195f3a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const [FIR, CHILD, OWNER, AGENT, HEARING, SHEET, SUMMONS, TESTIMONY, JUDGMENT, APPEAL, STATEMENT, CLAIM] = Array.from({ length: 12 }, (_, i) => id(i + 1));
const time = '2026-03-01T18:30:00.000Z';

const firCommands: FirCommand[] = [
  {
    type: 'RegisterFir',
    occurredAt: at,
    data: {
      firId: FIR,
      number: '0117/2026',
      policeStation: 'Ramganj',
      district: 'RJ-JPR',
      registeredAt: time,
      sections: ['BNS-143'],
      victims: [CHILD],
      accused: [{ accusedId: OWNER, name: 'Synthetic Owner', aliases: ['S. Owner'], role: 'employer', status: 'arrested' }],
    },
  },
  { type: 'NameAccused', occurredAt: at, data: { accused: [{ accusedId: AGENT, name: 'Synthetic Agent', aliases: [], role: 'agent' }], namedAt: time } },
  { type: 'RecordAccusedStatus', occurredAt: at, data: { accusedId: AGENT, status: 'absconding', since: time } },
  { type: 'RecordBailHearing', occurredAt: at, data: { hearingId: HEARING, accusedId: OWNER, heldAt: time, court: 'Sessions Court', victimLawyerPresent: false, opposed: true, outcome: 'granted' } },
  { type: 'FileChargeSheet', occurredAt: at, data: { chargeSheetId: SHEET, filedAt: time, court: 'Special Court', sections: ['BNS-143'], accusedIds: [OWNER] } },
  { type: 'IssueSummons', occurredAt: at, data: { summonsId: SUMMONS, caseId: CHILD, issuedAt: time, court: 'Special Court', appearanceOn: time } },
  { type: 'RecordSummonsServed', occurredAt: at, data: { summonsId: SUMMONS, servedAt: time } },
  { type: 'RecordSummonsKnownToNgo', occurredAt: at, data: { summonsId: SUMMONS, learnedAt: time, organisation: 'Synthetic NGO' } },
  { type: 'RecordTestimony', occurredAt: at, data: { testimonyId: TESTIMONY, caseId: CHILD, testifiedAt: time, court: 'Special Court', mode: 'in_person', assessment: 'hostile', summonsId: SUMMONS } },
  {
    type: 'RecordJudgment',
    occurredAt: at,
    data: {
      judgmentId: JUDGMENT,
      deliveredAt: time,
      court: 'Special Court',
      verdicts: [
        { accusedId: OWNER, verdict: 'convicted', sections: ['BNS-143'], sentence: { imprisonmentMonths: 120, rigorous: true, fineRupees: 50000 } },
        { accusedId: AGENT, verdict: 'acquitted', sections: [] },
      ],
    },
  },
  { type: 'FileAppeal', occurredAt: at, data: { appealId: APPEAL, filedAt: time, court: 'High Court', appellant: 'state', accusedIds: [AGENT] } },
  { type: 'RecordAppealDecision', occurredAt: at, data: { appealId: APPEAL, decidedAt: time, outcome: 'remanded' } },
];

const caseCommands: LegalCaseCommand[] = [
  { type: 'RecordMagistrateStatement', occurredAt: at, data: { caseId: CHILD, statementId: STATEMENT, recordedAt: time, section: 'CrPC-164', magistrate: 'MM 4', court: 'MM Court 4', byVideo: true, firId: FIR } },
  { type: 'AuthoriseLawyer', occurredAt: at, data: { caseId: CHILD, lawyerName: 'Adv. Synthetic', enrolmentNumber: 'R/1/2011', organisation: 'Synthetic Clinic', authorisedBy: 'guardian', authorisedAt: time } },
  { type: 'RecordReleaseCertificate', occurredAt: at, data: { caseId: CHILD, certificateNumber: 'BLRC/1', issuedAt: time, issuedBy: 'SDM', district: 'RJ-JPR' } },
  { type: 'ApplyForCompensation', occurredAt: at, data: { caseId: CHILD, claimId: CLAIM, scheme: 'child_labour_fund', appliedAt: time, authority: 'District Collector', applicationNumber: 'A/1', amountClaimed: 15000, firId: FIR } },
  { type: 'RecordCompensationInquiry', occurredAt: at, data: { caseId: CHILD, claimId: CLAIM, heldAt: time } },
  { type: 'AwardCompensation', occurredAt: at, data: { caseId: CHILD, claimId: CLAIM, awardedAt: time, amount: 15000, interim: false, orderNumber: 'O/1' } },
  { type: 'RecordCompensationPayment', occurredAt: at, data: { caseId: CHILD, claimId: CLAIM, paidAt: time, amount: 15000, account: { holder: 'joint', bank: 'SBI', last4: '0042' } } },
  { type: 'RejectCompensation', occurredAt: at, data: { caseId: CHILD, claimId: CLAIM, rejectedAt: time, reason: 'other', note: 'Synthetic note' } },
];

/** Runs the commands in order, each on the state the previous ones left. */
function run<C extends Command, E extends Event, S>(decider: Decider<C, E, S>, commands: readonly C[]): E[] {
  return commands.reduce<E[]>((events, command) => [...events, ...decider.decide(command, foldEvents(decider, events))], []);
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addKeyword({ keyword: 'x-pii', schemaType: 'boolean' });
const validators = new Map(LEGAL_EVENTS.map((d) => [d.type, ajv.compile(d.schema)]));

describe('legal events and their contracts', () => {
  const produced: (FirEvent | LegalCaseEvent)[] = [...run(firDecider, firCommands), ...run(legalCaseDecider('2026-03-01T10:00:00.000Z'), caseCommands)];

  it('produces every event type of the contracts, and no other', () => {
    expect(new Set(produced.map((e) => e.type))).toEqual(new Set(LEGAL_EVENTS.map((d) => d.type)));
    expect(LEGAL_EVENTS).toHaveLength(FIR_EVENTS.length + LEGAL_CASE_EVENTS.length);
  });

  it.each(produced.map((e) => [e.type, e] as const))('%s matches its schema', (_type, event) => {
    const validate = validators.get(event.type);
    expect(validate).toBeDefined();
    // JSON, as stored: optional fields left undefined disappear.
    const valid = validate?.(JSON.parse(JSON.stringify(event.data)));
    expect(validate?.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('versions every schema and marks the identifying fields', () => {
    for (const definition of LEGAL_EVENTS) {
      expect(definition.schemaVersion).toBe(1);
      expect(definition.schema.$id).toBe(`urn:setu:event:${definition.type}:v1`);
      expect(definition.type).toMatch(/^legal\.[A-Z][A-Za-z]+$/);
    }
    const pii = Object.fromEntries(LEGAL_EVENTS.map((d) => [d.type, piiPaths(d.schema)]).filter(([, paths]) => paths.length > 0));
    expect(pii).toEqual({
      'legal.AccusedNamed': ['name', 'aliases[]'],
      'legal.LawyerAuthorised': ['lawyerName', 'enrolmentNumber'],
      'legal.CompensationPaid': ['account.last4'],
      'legal.CompensationRejected': ['note'],
    });
  });
});
