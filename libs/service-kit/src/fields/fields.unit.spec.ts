import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DistrictCodeField, MaskedNumberField } from './code.fields';
import { NestedField, UuidListField } from './id.fields';
import { defined, plain, utc } from './plain-data';
import { TextField } from './text.fields';
import { PlannedTimeField, ReportedTimeField } from './time.fields';

class Item {
  @TextField({ description: 'a name', example: 'x' }) name!: string;
}

class Form {
  @ReportedTimeField({ description: 'when', optional: true }) zoned?: string;
  @ReportedTimeField({ description: 'when', format: 'zoned-or-day', optional: true }) zonedOrDay?: string;
  @ReportedTimeField({ description: 'when', format: 'rfc3339', optional: true }) rfc3339?: string;
  @ReportedTimeField({ description: 'when', format: 'any', optional: true }) any?: string;
  @PlannedTimeField({ description: 'when', optional: true }) planned?: string;
  @TextField({ description: 'who', trim: true, optional: true }) trimmed?: string;
  @DistrictCodeField({ description: 'where', optional: true }) district?: string;
  @MaskedNumberField({ description: 'card', optional: true }) masked?: string;
  @MaskedNumberField({ description: 'account', bare: true, optional: true }) bare?: string;
  @UuidListField({ description: 'ids', maxItems: 2, optional: true }) ids?: string[];
  @UuidListField({ description: 'ids', minItems: 0, maxItems: 2, optional: true }) maybeIds?: string[];
  @NestedField(() => Item, { description: 'items', minItems: 1, maxItems: 2, optional: true }) items?: Item[];
}

const faults = (body: Record<string, unknown>): string[] =>
  validateSync(plainToInstance(Form, body), { whitelist: true, forbidNonWhitelisted: true }).flatMap((e) => [
    e.property,
    ...(e.children ?? []).map((c) => `${e.property}.${c.property}`),
  ]);

const FUTURE = new Date(Date.now() + 3_600_000).toISOString();
const ID = '0195d3a6-02b4-7d51-8e0a-2c7b9f4d3e12';

describe('field decorators', () => {
  it('take a reported time with its zone, and refuse one without it or in the future', () => {
    expect(faults({ zoned: '2026-03-10T10:00:00+05:30' })).toEqual([]);
    expect(faults({ zoned: '2026-03-10T10:00+0530' })).toEqual([]);
    expect(faults({ zoned: '2026-03-10T10:00:00' })).toEqual(['zoned']);
    expect(faults({ zoned: '2026-03-10' })).toEqual(['zoned']);
    expect(faults({ zoned: FUTURE })).toEqual(['zoned']);
  });

  it('take the other formats as named: a day, seconds and an offset, or any ISO 8601', () => {
    expect(faults({ zonedOrDay: '2026-06-15', rfc3339: '2026-03-24T15:10:00+05:30', any: '2026-03-02T10:00:00' })).toEqual([]);
    expect(faults({ zonedOrDay: '2026-06-15T10:00:00' })).toEqual(['zonedOrDay']);
    expect(faults({ rfc3339: '2026-03-24T15:10+05:30' })).toEqual(['rfc3339']);
    expect(faults({ any: 'yesterday' })).toEqual(['any']);
  });

  it('take a planned time in the future', () => {
    expect(faults({ planned: FUTURE })).toEqual([]);
  });

  it('trim text when asked, so that blanks are empty', () => {
    expect(plainToInstance(Form, { trimmed: '  PS Ramganj ' }).trimmed).toBe('PS Ramganj');
    expect(faults({ trimmed: '   ' })).toEqual(['trimmed']);
  });

  it('check only the shape of a district code', () => {
    expect(faults({ district: 'RJ-ZZZ' })).toEqual([]);
    expect(faults({ district: 'Jaipur' })).toEqual(['district']);
  });

  it('take a number masked but for its last four digits; the bare four only when allowed', () => {
    expect(faults({ masked: 'XXXX-XXXX-4821', bare: '****4821' })).toEqual([]);
    expect(faults({ bare: '4821' })).toEqual([]);
    expect(faults({ masked: '4821' })).toEqual(['masked']);
    expect(faults({ masked: '30918274821', bare: '12XXXXX4821' })).toEqual(['masked', 'bare']);
  });

  it('take lists of ids and of nested objects within their limits', () => {
    expect(faults({ ids: [ID], items: [{ name: 'a' }] })).toEqual([]);
    expect(faults({ ids: [ID, ID] })).toEqual(['ids']);
    expect(faults({ ids: [] })).toEqual(['ids']);
    expect(faults({ maybeIds: [] })).toEqual([]);
    expect(faults({ items: [] })).toEqual(['items']);
    expect(faults({ items: [{ name: '' }] })).toEqual(['items', 'items.0']);
  });
});

describe('plain data', () => {
  it('stores instants in UTC and drops what was left out', () => {
    expect(utc('2026-03-02T10:00:00+05:30')).toBe('2026-03-02T04:30:00.000Z');
    expect(utc(undefined)).toBeUndefined();
    expect(defined({ a: 1, b: undefined })).toEqual({ a: 1 });
    expect(Object.keys(defined({ a: 1, b: undefined }))).toEqual(['a']);
    expect(plain(plainToInstance(Form, { items: [{ name: 'a' }] }))).toEqual({ items: [{ name: 'a' }] });
  });
});
