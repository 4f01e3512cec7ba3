export { DISTRICTS, type District } from './districts.data';
export { LEGAL_SECTIONS, type LegalSection } from './legal-sections.data';
export {
  AGENCY_KINDS,
  AGENCY_KIND_CODES,
  EXAMPLE_ORGANISATIONS,
  type AgencyKind,
  type AgencyKindCode,
  type ExampleOrganisation,
} from './agencies.data';
