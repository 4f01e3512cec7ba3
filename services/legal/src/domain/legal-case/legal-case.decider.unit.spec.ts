import type { LegalCaseEvent } from '@setu/contracts';
import { CommandRejected } from '@setu/decider';
import { given } from '@setu/decider/testing';
import type { LegalCaseCommand } from './legal-case.commands';
import { legalCaseDecider } from './legal-case.decider';

const at = new Date('2026-03-02T11:00:00.000Z');
const CASE = '0195f3a0-0000-7000-8000-0000000c0001';
const CLAIM = '0195f3a0-0000-7000-8000-0000000f1001';
const OTHER_CLAIM = '0195f3a0-0000-7000-8000-0000000f1002';

type CommandOf<T extends LegalCaseCommand['type']> = Extract<LegalCaseCommand, { type: T }>;
const cmd = <T extends LegalCaseCommand['type']>(type: T, data: CommandOf<T>['data']) => ({ type, data, occurredAt: at }) as CommandOf<T>;
/** The child was identified at the rescue at this time: the case's opening. */
const RESCUED_AT = '2026-03-01T04:30:00.000Z';
const decider = given(legalCaseDecider(RESCUED_AT));
const rejected = (code: string, fields?: readonly string[]) => (error: unknown) =>
  error instanceof CommandRejected && error.code === code && (fields === undefined || JSON.stringify(error.errors.map((e) => e.field)) === JSON.stringify(fields));

const applied: LegalCaseEvent = {
  type: 'legal.CompensationApplied',
  data: { caseId: CASE, claimId: CLAIM, scheme: 'victim_compensation', appliedAt: '2026-03-10T06:00:00.000Z', authority: 'DLSA Jaipur Metropolitan-I' },
};
const applyData = applied.data;

describe('legalCaseDecider', () => {
  it('RecordMagistrateStatement records the statement, also one by video after the child went home', () => {
    const data = {
      caseId: CASE,
      statementId: '0195f3a0-0000-7000-8000-0000000d5001',
      recordedAt: '2026-08-01T06:00:00.000Z',
      section: 'BNSS-183' as const,
      magistrate: 'Metropolitan Magistrate No. 4',
      court: 'Court of the Metropolitan Magistrate No. 4, Jaipur',
      byVideo: true,
    };
    decider([]).when(cmd('RecordMagistrateStatement', data)).then([{ type: 'legal.MagistrateStatementRecorded', data }]);
  });

  it('AuthoriseLawyer records the authorisation, and a later one as well', () => {
    const data = { caseId: CASE, lawyerName: 'Synthetic Advocate', authorisedBy: 'mother' as const, authorisedAt: '2026-03-15T06:00:00.000Z' };
    decider([applied]).when(cmd('AuthoriseLawyer', data)).then([{ type: 'legal.LawyerAuthorised', data }]);
  });

  it('RecordReleaseCertificate records the certificate', () => {
    const data = { caseId: CASE, certificateNumber: 'BLRC/JPR/2026/031', issuedAt: '2026-03-04T06:00:00.000Z', issuedBy: 'SDM Jaipur (North)', district: 'RJ-JPR' };
    decider([]).when(cmd('RecordReleaseCertificate', data)).then([{ type: 'legal.ReleaseCertificateIssued', data }]);
  });

  describe('ApplyForCompensation', () => {
    it('opens a claim; a second one under the same scheme is a new claim', () => {
      decider([]).when(cmd('ApplyForCompensation', applyData)).then([applied]);
      decider([applied])
        .when(cmd('ApplyForCompensation', { ...applyData, claimId: OTHER_CLAIM }))
        .then([{ type: 'legal.CompensationApplied', data: { ...applyData, claimId: OTHER_CLAIM } }]);
    });

    it('refuses a claim id already used', () => {
      decider([applied]).when(cmd('ApplyForCompensation', applyData)).thenThrows(rejected('CLAIM_ALREADY_MADE'));
    });
  });

  const onClaim: [LegalCaseCommand, LegalCaseEvent['type']][] = [
    [cmd('RecordCompensationInquiry', { caseId: CASE, claimId: CLAIM, heldAt: '2026-06-01T06:00:00.000Z' }), 'legal.CompensationInquiryHeld'],
    [cmd('AwardCompensation', { caseId: CASE, claimId: CLAIM, awardedAt: '2026-06-15T06:00:00.000Z', amount: 200000, interim: false }), 'legal.CompensationAwarded'],
    [
      cmd('RecordCompensationPayment', {
        caseId: CASE,
        claimId: CLAIM,
        paidAt: '2026-07-15T06:00:00.000Z',
        amount: 250000,
        account: { holder: 'child', bank: 'State Bank of India', last4: '4821' },
      }),
      'legal.CompensationPaid',
    ],
    [cmd('RejectCompensation', { caseId: CASE, claimId: CLAIM, rejectedAt: '2026-06-15T06:00:00.000Z', reason: 'documents_missing' }), 'legal.CompensationRejected'],
  ];

  describe.each(onClaim.map(([command, type]) => [command.type, command, type] as const))('%s', (_name, command, type) => {
    it(`records ${type}, whatever happened to the claim before`, () => {
      decider([applied]).when(command).then([{ type, data: command.data } as LegalCaseEvent]);
      const rejection: LegalCaseEvent = { type: 'legal.CompensationRejected', data: { caseId: CASE, claimId: CLAIM, rejectedAt: '2026-05-01T00:00:00.000Z', reason: 'other' } };
      decider([applied, rejection]).when(command).then([{ type, data: command.data } as LegalCaseEvent]);
    });

    it('refuses a claim that was never made, as not found', () => {
      decider([]).when(command).thenThrows(rejected('CLAIM_NOT_FOUND'));
      decider([{ ...applied, data: { ...applyData, claimId: OTHER_CLAIM } }]).when(command).thenThrows(rejected('CLAIM_NOT_FOUND'));
    });
  });
  describe('a fact dated before the child\'s rescue', () => {
    const before = '2026-03-01T04:29:59.000Z';
    const dated: [LegalCaseCommand, string][] = [
      [cmd('RecordMagistrateStatement', { caseId: CASE, statementId: '0195f3a0-0000-7000-8000-0000000d5001', recordedAt: before, section: 'BNSS-183', magistrate: 'MM 4', court: 'MM Court 4', byVideo: false }), 'recordedAt'],
      [cmd('AuthoriseLawyer', { caseId: CASE, lawyerName: 'Synthetic Advocate', authorisedBy: 'mother', authorisedAt: before }), 'authorisedAt'],
      [cmd('RecordReleaseCertificate', { caseId: CASE, certificateNumber: 'BLRC/JPR/2026/031', issuedAt: before, issuedBy: 'SDM Jaipur (North)', district: 'RJ-JPR' }), 'issuedAt'],
      [cmd('ApplyForCompensation', { ...applyData, appliedAt: before }), 'appliedAt'],
      [cmd('RecordCompensationInquiry', { caseId: CASE, claimId: CLAIM, heldAt: before }), 'heldAt'],
      [cmd('AwardCompensation', { caseId: CASE, claimId: CLAIM, awardedAt: before, amount: 200000, interim: false }), 'awardedAt'],
      [cmd('RecordCompensationPayment', { caseId: CASE, claimId: CLAIM, paidAt: before, amount: 1, account: { holder: 'child', bank: 'SBI', last4: '4821' } }), 'paidAt'],
      [cmd('RejectCompensation', { caseId: CASE, claimId: CLAIM, rejectedAt: before, reason: 'other' }), 'rejectedAt'],
    ];

    it.each(dated.map(([command, field]) => [command.type, field, command] as const))('%s is refused as impossible, naming %s', (_type, field, command) => {
      const error = decider(command.type === 'ApplyForCompensation' ? [] : [applied]).when(command).thenThrows<CommandRejected>(rejected('STEP_BEFORE_RESCUE', [field]));
      expect(error.category).toBe('unprocessable');
      expect(error.errors[0].message).toContain(RESCUED_AT);
    });

    it('is accepted at the very time of the rescue, and however late after it', () => {
      decider([]).when(cmd('ApplyForCompensation', { ...applyData, appliedAt: RESCUED_AT })).then([{ ...applied, data: { ...applyData, appliedAt: RESCUED_AT } }]);
      const years = { caseId: CASE, claimId: CLAIM, paidAt: '2031-01-01T00:00:00.000Z', amount: 1, account: { holder: 'child' as const, bank: 'SBI', last4: '4821' } };
      decider([applied]).when(cmd('RecordCompensationPayment', years)).then([{ type: 'legal.CompensationPaid', data: years }]);
    });

    it('does not bound a case with no known rescue time (opened by reintegration)', () => {
      const metAtHome = given(legalCaseDecider(undefined));
      metAtHome([]).when(cmd('ApplyForCompensation', { ...applyData, appliedAt: before })).then([{ ...applied, data: { ...applyData, appliedAt: before } }]);
    });

    it('refuses a claim that was never made as not found first, whatever its date', () => {
      decider([]).when(cmd('RecordCompensationInquiry', { caseId: CASE, claimId: CLAIM, heldAt: before })).thenThrows(rejected('CLAIM_NOT_FOUND'));
    });
  });
});
