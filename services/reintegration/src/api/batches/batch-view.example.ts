import { EXAMPLE } from '../shared/examples';

/** A synthetic batch, as GET /batches/{batchId} answers it. */
export const BATCH_VIEW_EXAMPLE = {
  batchId: EXAMPLE.batchId,
  plannedAt: '2026-04-08T06:00:00.000Z',
  reference: 'CWC-JPR/REP/2026/14',
  fromDistrict: 'RJ-JPR',
  escort: { agencyKind: 'sjpu', agencyName: 'SJPU Jaipur (East)', escorts: 3 },
  transport: 'train',
  plannedDepartureAt: '2026-04-16T10:40:00.000Z',
  status: 'arrived',
  reschedules: [{ plannedDepartureAt: '2026-04-16T10:40:00.000Z', rescheduledAt: '2026-04-12T06:00:00.000Z', reason: 'escort not available on the 15th' }],
  departedAt: '2026-04-16T10:55:00.000Z',
  arrival: { arrivedAt: '2026-04-17T14:10:00.000Z', arrivalDistrict: 'BR-PAT' },
  children: [
    {
      caseId: EXAMPLE.caseId,
      addedAt: '2026-04-08T06:00:00.000Z',
      handover: {
        handedOverAt: '2026-04-17T15:30:00.000Z',
        receivingOffice: 'Social Welfare Dept., Bihar, Patna (Bal Sanrakshan Ikai)',
        receivingDistrict: 'BR-PAT',
        receivedByDesignation: 'Assistant Director, DCPU Patna',
      },
    },
  ],
  removals: [{ caseId: EXAMPLE.otherCaseId, removedAt: '2026-04-12T05:30:00.000Z', reason: 'statement_pending' }],
};
