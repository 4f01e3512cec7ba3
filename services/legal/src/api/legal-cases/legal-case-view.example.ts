import { EXAMPLE } from '../shared/examples';

export const CLAIM_VIEW_EXAMPLE = {
  claimId: EXAMPLE.claimId,
  scheme: 'victim_compensation',
  appliedAt: '2026-03-10T05:30:00.000Z',
  authority: 'District Legal Services Authority, Jaipur Metropolitan-I',
  applicationNumber: 'DLSA/JPR-I/VCS/2026/118',
  firId: EXAMPLE.firId,
  status: 'paid',
  inquiries: [{ heldAt: '2026-04-22T05:30:00.000Z' }],
  awards: [{ awardedAt: '2026-05-05T05:30:00.000Z', amount: 200000, interim: false }],
  payments: [{ paidAt: '2026-06-20T05:30:00.000Z', amount: 200000, account: { holder: 'child', bank: 'State Bank of India, Gaya Main Branch', last4: '4821' } }],
  rejections: [],
  totalAwarded: 200000,
  totalPaid: 200000,
};

/** A synthetic child's legal record as GET /legal/cases/{caseId} shows it. */
export const LEGAL_CASE_VIEW_EXAMPLE = {
  caseId: EXAMPLE.caseId,
  statements: [
    {
      statementId: EXAMPLE.statementId,
      recordedAt: '2026-03-06T08:30:00.000Z',
      section: 'BNSS-183',
      magistrate: 'Metropolitan Magistrate No. 4, Jaipur',
      court: 'Court of the Metropolitan Magistrate No. 4, Jaipur Metropolitan',
      byVideo: false,
      firId: EXAMPLE.firId,
    },
  ],
  lawyers: [{ lawyerName: 'Adv. Synthetic Name Beta', authorisedBy: 'father', authorisedAt: '2026-03-18T06:30:00.000Z' }],
  releaseCertificates: [
    { certificateNumber: 'BLRC/JPR/2026/0031', issuedAt: '2026-03-04T10:30:00.000Z', issuedBy: 'Sub-Divisional Magistrate, Jaipur (North)', district: 'RJ-JPR' },
  ],
  compensationClaims: [CLAIM_VIEW_EXAMPLE],
  revision: 8,
};
