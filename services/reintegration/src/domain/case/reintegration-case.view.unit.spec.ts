import type { ReintegrationCaseEvent } from './reintegration-case.events';
import { reintegrationCaseView } from './reintegration-case.view';

const caseId = '01960000-0000-7000-8000-0000000000c1';
const closed: ReintegrationCaseEvent = {
  type: 'reintegration.CaseClosed',
  data: { caseId, closedAt: '2026-10-30T00:00:00.000Z', reason: 'lost_contact', latestScores: {}, criteriaMetFrom: 3, allDomainsMetCriteria: false, domainsBelowCriteria: [] },
};
const reopened: ReintegrationCaseEvent = { type: 'reintegration.CaseReopened', data: { caseId, reopenedAt: '2026-11-10T00:00:00.000Z', reason: 'family_request' } };

describe('reintegrationCaseView', () => {
  it('shows a case with no reintegration fact as empty, with status none', () => {
    expect(reintegrationCaseView(caseId, [])).toMatchObject({ caseId, status: 'none', opened: null, closures: [], latestScores: {} });
  });

  it('follows closures and reopenings, keeping both', () => {
    expect(reintegrationCaseView(caseId, [closed])).toMatchObject({ status: 'closed' });
    const view = reintegrationCaseView(caseId, [closed, reopened]);
    expect(view).toMatchObject({ status: 'open', reopenings: [{ reason: 'family_request' }] });
    expect(view.closures).toHaveLength(1);
  });

  it('keeps a decision on an order it never saw out of the orders, and the later score of a domain', () => {
    const view = reintegrationCaseView(caseId, [
      { type: 'reintegration.TransferAccepted', data: { caseId, orderId: caseId, acceptedAt: '2026-04-06T00:00:00.000Z', decidingDistrict: 'BR-GAY' } },
      { type: 'reintegration.FollowUpVisited', data: { caseId, visitedAt: '2026-07-05T00:00:00.000Z', mode: 'phone', metWith: [{ relation: 'mother' }], threatsReported: false, scores: { legal_justice: 3 } } },
      { type: 'reintegration.FollowUpVisited', data: { caseId, visitedAt: '2026-06-05T00:00:00.000Z', mode: 'phone', metWith: [{ relation: 'mother' }], threatsReported: false, scores: { legal_justice: 1 } } },
    ]);
    expect(view.transferOrders).toEqual([]);
    expect(view.latestScores).toEqual({ legal_justice: { score: 3, at: '2026-07-05T00:00:00.000Z' } });
    expect(view.followUpVisits).toHaveLength(2);
  });
});
