import { caseReference, referenceYear } from './case-reference';

describe('case references', () => {
  it('reads state-district-year-sequence, the sequence in five digits at least', () => {
    expect(caseReference('RJ-JPR', 2026, 42)).toBe('RJ-JPR-2026-00042');
    expect(caseReference('BR-GAY', 2027, 123456)).toBe('BR-GAY-2027-123456');
  });

  it('counts the year in India: a raid just after midnight IST on 1 January belongs to the new year', () => {
    expect(referenceYear(new Date('2026-12-31T18:29:59Z'))).toBe(2026);
    expect(referenceYear(new Date('2026-12-31T18:30:00Z'))).toBe(2027);
  });
});
