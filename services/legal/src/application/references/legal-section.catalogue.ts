import { LEGAL_SECTIONS, type LegalSection } from '@setu/contracts';

const BY_CODE: ReadonlyMap<string, LegalSection> = new Map(LEGAL_SECTIONS.map((s) => [s.code, s]));

export function isKnownSection(code: string): boolean {
  return BY_CODE.has(code);
}

export interface SectionSummary {
  readonly code: string;
  readonly act?: string;
  readonly section?: string;
  readonly title?: string;
}

/** A cited section, with the same offence under the other code (BNS ⇄ IPC, BNSS ⇄ CrPC), if any. */
export interface SectionView extends SectionSummary {
  readonly equivalent?: SectionSummary;
}

/** How a stored section code is shown: as cited, described, and with its equivalent under the other code. */
export function sectionView(code: string): SectionView {
  const equivalent = equivalentCodeOf(code);
  return { ...summary(code), ...(equivalent === undefined ? {} : { equivalent: summary(equivalent) }) };
}

export function equivalentCodeOf(code: string): string | undefined {
  const section = BY_CODE.get(code);
  return section?.newCodeEquivalent ?? section?.oldCodeEquivalent;
}

/** Ranges like `IPC-340..348` are not rows of the catalogue: they are shown by code alone. */
function summary(code: string): SectionSummary {
  const section = BY_CODE.get(code);
  if (section === undefined) return { code };
  return { code, act: section.act, section: section.section, title: section.title };
}
