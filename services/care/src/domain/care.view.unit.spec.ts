import type { CareEvent } from '@setu/contracts';
import fc from 'fast-check';
import { careCaseView } from './care.view';

const CASE = '0195f3a0-0000-7000-8000-0000000c0001';
const id = (n: number) => `0195f3a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
type EventNamed<T extends CareEvent['type']> = Extract<CareEvent, { type: T }>;
const event = <T extends CareEvent['type']>(type: T, data: Omit<EventNamed<T>['data'], 'caseId'>): EventNamed<T> =>
  ({ type, data: { caseId: CASE, ...data } }) as unknown as EventNamed<T>;

const balGriha = { name: 'Rajkiya Bal Griha, Jaipur', districtCode: 'RJ-JPR' };
const aashray = { name: 'Aashray Children\'s Home', districtCode: 'RJ-JPR' };
const admitted = event('care.ShelterAdmitted', { admissionId: id(1), admittedAt: '2026-03-02T10:00:00Z', home: balGriha, cwcOrderReference: 'CWC/JPR/2026/0412' });
const transferred = event('care.TransferredBetweenHomes', {
  transferId: id(2),
  transferredAt: '2026-04-10T09:00:00Z',
  fromHome: balGriha,
  toHome: aashray,
  cwcOrderReference: 'CWC/JPR/2026/0733',
});
const missing = event('care.MissingFromShelter', { missingId: id(3), lastSeenAt: '2026-04-20T20:00:00Z', home: aashray, reportedToPolice: true });
const found = event('care.FoundAfterMissing', { missingId: id(3), foundAt: '2026-04-22T08:00:00Z', foundBy: 'police', returnedToShelter: true });
const discharged = event('care.DischargedFromShelter', {
  dischargedAt: '2026-06-01T04:00:00Z',
  reason: 'repatriation_to_home_state',
  cwcOrderReference: 'CWC/JPR/2026/1120',
  home: aashray,
});
const goal = { goalId: id(21), domain: 'education_skills', goal: 'synthetic goal' } as const;
const plan = event('care.CarePlanCreated', { planId: id(20), createdAt: '2026-03-10T06:00:00Z', preparedBy: 'Case worker', goals: [goal] });
const review = (n: number, reviewedAt: string, status: 'in_progress' | 'achieved') =>
  event('care.CarePlanReviewed', { planId: id(20), reviewId: id(n), reviewedAt, reviewedBy: 'Superintendent', progress: [{ goalId: id(21), status }], newGoals: [] });

describe('careCaseView', () => {
  it('is undefined for an empty stream', () => {
    expect(careCaseView([])).toBeUndefined();
  });

  it('follows the child through homes by field time', () => {
    const statusAfter = (...events: CareEvent[]) => {
      const view = careCaseView(events);
      return { status: view?.status, home: view?.currentHome?.name ?? null };
    };
    expect(statusAfter(plan)).toEqual({ status: 'not_in_shelter', home: null });
    expect(statusAfter(admitted)).toEqual({ status: 'in_shelter', home: balGriha.name });
    expect(statusAfter(admitted, transferred)).toEqual({ status: 'in_shelter', home: aashray.name });
    expect(statusAfter(admitted, transferred, missing)).toEqual({ status: 'missing', home: aashray.name });
    expect(statusAfter(admitted, transferred, missing, found)).toEqual({ status: 'in_shelter', home: aashray.name });
    expect(statusAfter(admitted, transferred, missing, { ...found, data: { ...found.data, returnedToShelter: false } })).toEqual({ status: 'not_in_shelter', home: null });
    expect(statusAfter(admitted, transferred, discharged)).toEqual({ status: 'discharged', home: null });
    expect(statusAfter(discharged, admitted)).toEqual({ status: 'discharged', home: null });
  });

  it('ends up in the same place whatever order facts with distinct times were entered in', () => {
    const facts = [admitted, transferred, missing, found, discharged];
    const expected = careCaseView(facts);
    fc.assert(
      fc.property(fc.shuffledSubarray(facts, { minLength: facts.length }), (entered) => {
        const view = careCaseView(entered);
        expect({ status: view?.status, home: view?.currentHome }).toEqual({ status: expected?.status, home: expected?.currentHome });
      }),
    );
  });

  it('pairs findings with their missing report, and keeps the others apart', () => {
    const stray = event('care.FoundAfterMissing', { foundAt: '2026-03-20T08:00:00Z', foundBy: 'family', returnedToShelter: true });
    const view = careCaseView([admitted, missing, found, stray]);
    const { missingId: _, caseId: __, ...foundData } = found.data;
    expect(view?.missingEpisodes).toEqual([{ missingId: id(3), lastSeenAt: missing.data.lastSeenAt, home: aashray, reportedToPolice: true, found: foundData }]);
    expect(view?.foundWithoutReport).toEqual([{ foundAt: '2026-03-20T08:00:00Z', foundBy: 'family', returnedToShelter: true }]);
  });

  it('keeps each goal at its latest-dated review, whatever order reviews were entered in', () => {
    const view = careCaseView([plan, review(30, '2026-05-10T06:00:00Z', 'achieved'), review(31, '2026-04-10T06:00:00Z', 'in_progress')]);
    expect(view?.carePlan?.goals).toEqual([{ ...goal, status: 'achieved', lastReviewedAt: '2026-05-10T06:00:00Z' }]);
    expect(view?.carePlan?.reviews.map((r) => r.reviewId)).toEqual([id(30), id(31)]);
  });
});
