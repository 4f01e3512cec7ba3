import type { LegalCaseEvent } from '@setu/contracts';
import { legalCaseView } from './legal-case.view';

const caseId = '0195f3a0-0000-7000-8000-0000000c0001';
const claimId = '0195f3a0-0000-7000-8000-0000000f1001';
const applied: LegalCaseEvent = { type: 'legal.CompensationApplied', data: { caseId, claimId, scheme: 'victim_compensation', appliedAt: '2026-03-10T06:00:00.000Z', authority: 'DLSA' } };
const inquiry: LegalCaseEvent = { type: 'legal.CompensationInquiryHeld', data: { caseId, claimId, heldAt: '2026-04-01T06:00:00.000Z' } };
const award = (amount: number): LegalCaseEvent => ({ type: 'legal.CompensationAwarded', data: { caseId, claimId, awardedAt: '2026-05-01T06:00:00.000Z', amount, interim: false } });
const rejected: LegalCaseEvent = { type: 'legal.CompensationRejected', data: { caseId, claimId, rejectedAt: '2026-04-15T06:00:00.000Z', reason: 'not_eligible' } };
const paid = (amount: number): LegalCaseEvent => ({
  type: 'legal.CompensationPaid',
  data: { caseId, claimId, paidAt: '2026-06-01T06:00:00.000Z', amount, account: { holder: 'child', bank: 'SBI', last4: '4821' } },
});

const claim = (events: LegalCaseEvent[]) => legalCaseView(caseId, events).compensationClaims[0];

describe('a claim in the legal case view', () => {
  it('goes from applied to under inquiry', () => {
    expect(claim([applied]).status).toBe('applied');
    expect(claim([applied, inquiry]).status).toBe('under_inquiry');
  });

  it('shows the latest of award, payment and rejection as recorded, and an inquiry never takes it back', () => {
    expect(claim([applied, rejected, award(30000)]).status).toBe('awarded');
    expect(claim([applied, award(30000), inquiry]).status).toBe('awarded');
    expect(claim([applied, award(30000), paid(30000), rejected]).status).toBe('rejected');
  });

  it('adds up awards and payments, a payment above the award or without one included', () => {
    expect(claim([applied, award(30000), award(170000), paid(100000), paid(150000)])).toMatchObject({ status: 'paid', totalAwarded: 200000, totalPaid: 250000 });
    expect(claim([applied, paid(20000)])).toMatchObject({ status: 'paid', totalAwarded: 0, totalPaid: 20000 });
  });
});
