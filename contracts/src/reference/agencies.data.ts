// The kinds of agency that take part in a child's journey (DOMAIN.md, "Agencies and actors").
// Codes are stable: events store them. Add kinds, never rename one.

export interface AgencyKind {
  readonly code: string;
  readonly name: string;
  readonly nameHi: string;
  readonly does: string;
}

export const AGENCY_KIND_CODES = [
  'police',
  'ahtu',
  'sjpu',
  'labour_department',
  'childline',
  'ngo',
  'counsellor',
  'doctor',
  'cwc',
  'dcpu',
  'shelter_home',
  'district_administration',
  'other',
] as const;
export type AgencyKindCode = (typeof AGENCY_KIND_CODES)[number];

export const AGENCY_KINDS: readonly (AgencyKind & { readonly code: AgencyKindCode })[] = [
  {code: 'police', name: 'Police station', nameHi: 'पुलिस थाना', does: 'raid, evidence, FIR, charge sheet, escort on transfer'},
  {code: 'ahtu', name: 'Anti-Human Trafficking Unit', nameHi: 'मानव तस्करी विरोधी इकाई', does: 'leads raids on workshops, investigates trafficking'},
  {code: 'sjpu', name: 'Special Juvenile Police Unit', nameHi: 'विशेष किशोर पुलिस इकाई', does: 'police work with children, escort on transfer'},
  {code: 'labour_department', name: 'Labour Department', nameHi: 'श्रम विभाग', does: 'joins rescues, child-labour prosecution, employer deposit'},
  {code: 'childline', name: 'Childline 1098', nameHi: 'चाइल्डलाइन 1098', does: 'receives information, accompanies rescues'},
  {code: 'ngo', name: 'Non-governmental organisation', nameHi: 'गैर-सरकारी संगठन', does: 'information, rescue support, follow-up in the home district'},
  {code: 'counsellor', name: 'Counsellor panel', nameHi: 'परामर्शदाता पैनल', does: 'trauma-informed counselling right after rescue and in the shelter'},
  {code: 'doctor', name: 'Doctor / government hospital', nameHi: 'चिकित्सक / सरकारी अस्पताल', does: 'injury report, health checks, fit-to-travel certificate'},
  {code: 'cwc', name: 'Child Welfare Committee', nameHi: 'बाल कल्याण समिति', does: 'production within 24 h, shelter placement, transfer orders'},
  {code: 'dcpu', name: 'District Child Protection Unit', nameHi: 'ज़िला बाल संरक्षण इकाई', does: 'social investigation, oversight of follow-up'},
  {code: 'shelter_home', name: 'Shelter home / Child Care Institution', nameHi: 'बाल देखरेख संस्था', does: 'care, counselling, education, documents'},
  {code: 'district_administration', name: 'District Magistrate / SDM', nameHi: 'ज़िला मजिस्ट्रेट / उपखंड अधिकारी', does: 'bonded-labour release certificate, rehabilitation'},
  {code: 'other', name: 'Other agency', nameHi: 'अन्य संस्था', does: 'anything not listed'},
];

export interface ExampleOrganisation {
  readonly id: string;
  readonly kind: AgencyKindCode;
  readonly name: string;
  readonly districtCode: string;
}

/** Made-up organisations for examples, demos and tests; not a directory of real bodies. */
export const EXAMPLE_ORGANISATIONS: readonly ExampleOrganisation[] = [
  {id: 'example-ahtu-jaipur', kind: 'ahtu', name: 'AHTU Jaipur (example)', districtCode: 'RJ-JPR'},
  {id: 'example-labour-jaipur', kind: 'labour_department', name: 'Labour Department, Jaipur (example)', districtCode: 'RJ-JPR'},
  {id: 'example-childline-jaipur', kind: 'childline', name: 'Childline 1098 Jaipur (example)', districtCode: 'RJ-JPR'},
  {id: 'example-ngo-jaipur', kind: 'ngo', name: 'Bal Suraksha Sangathan (example)', districtCode: 'RJ-JPR'},
  {id: 'example-ngo-gaya', kind: 'ngo', name: 'Gaya Bal Adhikar Manch (example)', districtCode: 'BR-GAY'},
  {id: 'example-cwc-jaipur', kind: 'cwc', name: 'CWC Jaipur I (example)', districtCode: 'RJ-JPR'},
];
