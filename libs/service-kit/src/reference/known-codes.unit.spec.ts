import { DomainError } from '@setu/platform';
import { assertKnownCodes, stateOfDistrict, type CodeRef } from './known-codes';

const refused = (refs: readonly CodeRef[]): DomainError => {
  try {
    assertKnownCodes(refs);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('assertKnownCodes', () => {
  it('takes known codes, districts of the state they must be in, and codes left out', () => {
    expect(() =>
      assertKnownCodes([
        { kind: 'state', field: 'home.state', code: 'BR' },
        { kind: 'district', field: 'home.districtCode', code: 'BR-GAY', state: 'BR' },
        { kind: 'district', field: 'workedInDistrict', code: 'RJ-JPR' },
        { kind: 'district', field: 'schoolDistrict', code: undefined, state: 'BR' },
      ]),
    ).not.toThrow();
  });

  it('refuses with 422 UNKNOWN_CODE naming every bad field, pointing to the districts', () => {
    const error = refused([
      { kind: 'district', field: 'fromHome.districtCode', code: 'RJ-ZZZ' },
      { kind: 'district', field: 'toHome.districtCode', code: 'BR-GAY', state: 'RJ' },
      { kind: 'district', field: 'destinationDistrictCode', code: 'BR-GAY' },
    ]);
    expect(error).toMatchObject({ code: 'UNKNOWN_CODE', category: 'unprocessable', message: 'The request has 2 unknown reference codes.' });
    expect(error.errors).toEqual([
      { field: 'fromHome.districtCode', message: 'RJ-ZZZ is not a known district code' },
      { field: 'toHome.districtCode', message: 'BR-GAY is not a district of RJ' },
    ]);
    expect(error.options.extensions).toEqual({ see: '/reference/districts' });
  });

  it('points to the states when only state codes are unknown, and leaves a district to its unknown state', () => {
    const error = refused([
      { kind: 'state', field: 'state', code: 'UP' },
      { kind: 'district', field: 'districtCode', code: 'BR-GAY', state: 'UP' },
    ]);
    expect(error.errors).toEqual([{ field: 'state', message: 'UP is not a known state code' }]);
    expect(error.options.extensions).toEqual({ see: '/reference/states' });
  });

  it('knows the state of each district', () => {
    expect(stateOfDistrict('RJ-JPR')).toBe('RJ');
    expect(stateOfDistrict('BR-GAY')).toBe('BR');
    expect(stateOfDistrict('RJ-ZZZ')).toBeUndefined();
  });
});
