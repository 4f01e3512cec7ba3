export { DISTRICTS, type District } from './districts.data';
export { LEGAL_SECTIONS, type LegalSection } from './legal-sections.data';
