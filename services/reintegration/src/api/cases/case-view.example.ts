import { EXAMPLE } from '../shared/examples';

/** A synthetic child's reintegration record, as GET /reintegration/cases/{caseId} answers it. */
export const CASE_VIEW_EXAMPLE = {
  caseId: EXAMPLE.caseId,
  status: 'open',
  opened: null,
  transferOrders: [
    {
      orderId: EXAMPLE.orderId,
      orderNumber: 'CWC/JPR/2026/0311',
      orderedAt: '2026-04-02T06:30:00.000Z',
      orderingDistrict: 'RJ-JPR',
      receivingDistrict: 'BR-GAY',
      escortAgency: 'sjpu',
      decisions: [{ decision: 'accepted', acceptedAt: '2026-04-06T09:30:00.000Z', decidingDistrict: 'BR-GAY', referenceNumber: 'CWC/GAY/2026/118' }],
    },
  ],
  sentHomeOutsideChannel: [],
  assignments: [
    {
      assignedAt: '2026-04-22T04:30:00.000Z',
      homeDistrict: 'BR-GAY',
      ngo: { name: 'Gaya Bal Suraksha Manch', orgId: 'org-ngo-gaya-01' },
      fieldworker: { name: 'Anita Kumari', userId: 'fw-anita-kumari' },
      assignedBy: 'dcpu',
    },
  ],
  needsAssessments: [
    {
      assessedAt: '2026-05-05T05:30:00.000Z',
      scores: { safety_protection: 2, physical_mental_health: 3, education_skills: 2, livelihood_economic: 1, legal_justice: 2, social_acceptance_empowerment: 3 },
      priorityDomains: ['livelihood_economic', 'education_skills'],
    },
  ],
  followUpVisits: [
    {
      visitedAt: '2026-06-05T05:00:00.000Z',
      mode: 'in_person',
      metWith: [{ relation: 'child' }, { relation: 'mother', name: 'Sunita Devi' }],
      scores: { education_skills: 3 },
      schoolStatus: 'attending',
      entitlements: [{ kind: 'health_insurance', status: 'applied' }],
      threatsReported: false,
    },
  ],
  latestScores: {
    safety_protection: { score: 2, at: '2026-05-05T05:30:00.000Z' },
    physical_mental_health: { score: 3, at: '2026-05-05T05:30:00.000Z' },
    education_skills: { score: 3, at: '2026-06-05T05:00:00.000Z' },
    livelihood_economic: { score: 1, at: '2026-05-05T05:30:00.000Z' },
    legal_justice: { score: 2, at: '2026-05-05T05:30:00.000Z' },
    social_acceptance_empowerment: { score: 3, at: '2026-05-05T05:30:00.000Z' },
  },
  schoolEnrolments: [
    { enrolledAt: '2026-06-15T00:00:00.000Z', kind: 'school', schoolName: 'Utkramit Madhya Vidyalaya, Chakand', schoolDistrict: 'BR-GAY', management: 'government', grade: 6 },
  ],
  entitlements: [
    {
      entitlementId: EXAMPLE.entitlementId,
      appliedAt: '2026-05-20T00:00:00.000Z',
      kind: 'health_insurance',
      scheme: 'Ayushman Bharat PM-JAY',
      beneficiary: 'household',
      received: { receivedAt: '2026-07-10T00:00:00.000Z', documentNumberMasked: 'XXXX-XXXX-4821' },
    },
  ],
  livelihoodSupport: [
    { supportId: EXAMPLE.supportId, providedAt: '2026-07-01T00:00:00.000Z', kind: 'productive_asset', provider: 'Gaya Bal Suraksha Manch', beneficiary: 'household', amountRupees: 12000 },
  ],
  threats: [
    {
      threatId: EXAMPLE.threatId,
      reportedAt: '2026-06-01T11:30:00.000Z',
      kind: 'pressure_to_turn_hostile',
      source: 'trafficker_or_agent',
      policeInformed: false,
      policeReports: [{ informedAt: '2026-06-02T05:30:00.000Z', policeStation: 'Belaganj PS', policeReference: 'SD 112/2026' }],
    },
  ],
  reTrafficking: [],
  closures: [],
  reopenings: [],
};
