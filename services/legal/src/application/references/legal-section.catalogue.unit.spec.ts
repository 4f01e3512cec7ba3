import { LEGAL_SECTIONS } from '@setu/contracts';
import { equivalentCodeOf, isKnownSection, sectionView } from './legal-section.catalogue';

const byCode = new Map(LEGAL_SECTIONS.map((s) => [s.code, s]));
/** `IPC-340..348` covers IPC-342: a range of old sections that one new section replaced. */
const covers = (equivalent: string, code: string): boolean => {
  const range = /^(.+)-(\d+)\.\.(\d+)$/.exec(equivalent);
  if (range === null) return equivalent === code;
  const [, act, from, to] = range;
  const number = Number(code.slice(act.length + 1));
  return code.startsWith(`${act}-`) && number >= Number(from) && number <= Number(to);
};

describe('the legal sections catalogue', () => {
  it('has one row per code, each with an act, a section and a title', () => {
    expect(byCode.size).toBe(LEGAL_SECTIONS.length);
    for (const s of LEGAL_SECTIONS) {
      expect(s.code).toMatch(/^[A-Za-z]+-[0-9A-Z().]+$/);
      expect(s.code.endsWith(`-${s.section}`)).toBe(true);
      expect(s.act).not.toBe('');
      expect(s.title).not.toBe('');
    }
  });

  it('covers the Acts a trafficking FIR cites, the ITPA included, and the old codes that appear as equivalents', () => {
    const acts = new Set(LEGAL_SECTIONS.map((s) => s.code.split('-')[0]));
    expect(acts).toEqual(new Set(['BNS', 'BNSS', 'IPC', 'CrPC', 'JJA', 'CLPRA', 'BLSA', 'ITPA']));
    for (const code of ['ITPA-5', 'ITPA-6', 'ITPA-7', 'IPC-323', 'IPC-120B', 'IPC-34', 'CrPC-154', 'CrPC-164', 'CrPC-173', 'CrPC-357A']) {
      expect(isKnownSection(code)).toBe(true);
    }
  });

  it('resolves both ways: every old-code equivalent is a row pointing back, every new-code one a row whose old code covers it', () => {
    for (const s of LEGAL_SECTIONS) {
      if (s.oldCodeEquivalent !== undefined && !s.oldCodeEquivalent.includes('..')) {
        expect([s.code, byCode.get(s.oldCodeEquivalent)?.newCodeEquivalent]).toEqual([s.code, s.code]);
      }
      if (s.newCodeEquivalent !== undefined) {
        const replacement = byCode.get(s.newCodeEquivalent);
        expect([s.code, replacement !== undefined && covers(replacement.oldCodeEquivalent ?? '', s.code)]).toEqual([s.code, true]);
      }
    }
  });

  it('maps the codes the handbook names', () => {
    expect(equivalentCodeOf('IPC-370')).toBe('BNS-143');
    expect(equivalentCodeOf('BNS-143')).toBe('IPC-370');
    expect(equivalentCodeOf('CrPC-164')).toBe('BNSS-183');
    expect(equivalentCodeOf('CrPC-357A')).toBe('BNSS-396');
    expect(equivalentCodeOf('JJA-79')).toBeUndefined();
  });

  it('shows a cited section with its equivalent, a range by its code alone', () => {
    expect(sectionView('CrPC-357A')).toEqual({
      code: 'CrPC-357A',
      act: 'Code of Criminal Procedure 1973',
      section: '357A',
      title: 'Victim compensation scheme',
      equivalent: { code: 'BNSS-396', act: 'Bharatiya Nagarik Suraksha Sanhita 2023', section: '396', title: 'Victim compensation scheme' },
    });
    expect(sectionView('BNS-127').equivalent).toEqual({ code: 'IPC-340..348' });
    expect(sectionView('ITPA-5')).toEqual(expect.not.objectContaining({ equivalent: expect.anything() }));
  });
});
