import type { Projection } from './projection';
import { checkProjections, shadowSchemaOf } from './projection';

const projection = (overrides: Partial<Projection> = {}): Projection => ({
  name: 'case-file',
  version: 1,
  tables: ['case_file'],
  migrations: ['070_case_file.sql'],
  handle: () => Promise.resolve(),
  reset: () => Promise.resolve(),
  ...overrides,
});

describe('checkProjections', () => {
  it('accepts sound definitions', () => {
    const list = [projection(), projection({ name: 'gaps', tables: ['gap', 'gap_evidence'], categories: ['rescue'] })];
    expect(checkProjections(list)).toBe(list);
  });

  it.each([
    [{ name: 'Case_File' }, "name must be lower-case words joined by '-'"],
    [{ name: 'case--file' }, "name must be lower-case words joined by '-'"],
    [{ name: 'x'.repeat(49) }, 'at most 48 characters'],
    [{ version: 0 }, 'version must be an integer of at least 1'],
    [{ version: 1.5 }, 'version must be an integer of at least 1'],
    [{ tables: [] }, 'it must name its tables'],
    [{ tables: ['public.case_file'] }, 'table "public.case_file" must be an unqualified lower-case name'],
    [{ types: [] }, 'an empty category or type list would read nothing'],
  ])('refuses %j', (overrides, reason) => {
    expect(() => checkProjections([projection(overrides)])).toThrow(reason);
  });

  it('refuses a name used twice and a table written by two projections', () => {
    expect(() => checkProjections([projection(), projection()])).toThrow('projection "case-file": name is used twice');
    expect(() => checkProjections([projection(), projection({ name: 'other' })])).toThrow(
      'projection "other": table "case_file" is also written by "case-file"',
    );
  });

  it('gives each projection a shadow schema of its own', () => {
    expect(shadowSchemaOf('case-file')).toBe('setu_rebuild_case_file');
  });
});
