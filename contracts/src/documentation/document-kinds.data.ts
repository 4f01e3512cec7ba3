import type { AgencyKindCode } from '../reference/agencies.data';

// The kinds of document a child's file holds (DOMAIN.md, stage 6; handbook 000, Part 5).
// Codes are stable: events store them. Add kinds, never rename one.

export const DOCUMENT_KIND_CODES = [
  'fir_copy',
  'counselling_report',
  'medical_report',
  'release_certificate',
  'magistrate_statement',
  'bank_account_proof',
  'identity_document',
  'individual_care_plan',
  'cwc_order',
  'age_assessment',
  'social_investigation_report',
  'learning_report_card',
  'fit_to_travel_certificate',
  'transfer_order',
  'compensation_application',
  'compensation_order',
] as const;
export type DocumentKindCode = (typeof DOCUMENT_KIND_CODES)[number];

/** The data categories of the access model (issue 5): who may see a document depends on it. */
export type DocumentCategory = 'identity' | 'health' | 'counselling' | 'legal' | 'documents';

export interface DocumentKind {
  readonly code: DocumentKindCode;
  readonly name: string;
  readonly nameHi: string;
  /** One of the key documents that must be in the file before the child is repatriated (gap G10). */
  readonly requiredBeforeRepatriation: boolean;
  /** Shown only to roles that may read its category (a counselling report is never for general view). */
  readonly restricted: boolean;
  readonly category: DocumentCategory;
  /** Who usually issues it. */
  readonly issuedBy: AgencyKindCode;
  /** The gap rules of DOMAIN.md that look for it. */
  readonly gapRules: readonly string[];
}

const kind = (
  code: DocumentKindCode,
  name: string,
  nameHi: string,
  required: boolean,
  category: DocumentCategory,
  issuedBy: AgencyKindCode,
  gapRules: readonly string[],
): DocumentKind => ({
  code,
  name,
  nameHi,
  requiredBeforeRepatriation: required,
  restricted: category === 'counselling',
  category,
  issuedBy,
  gapRules,
});

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  kind('fir_copy', 'FIR copy (police report)', 'एफ़आईआर की प्रति', true, 'legal', 'police', ['G05', 'G10']),
  kind('counselling_report', 'Counselling report', 'परामर्श रिपोर्ट', true, 'counselling', 'counsellor', ['G02', 'G10']),
  kind('medical_report', 'Medical / injury report', 'चिकित्सा / चोट रिपोर्ट', true, 'health', 'doctor', ['G03', 'G10']),
  kind('release_certificate', 'Bonded-labour release certificate', 'बंधुआ श्रम मुक्ति प्रमाण-पत्र', true, 'legal', 'district_administration', ['G10']),
  kind('magistrate_statement', 'Statement before the magistrate (BNSS s.183)', 'मजिस्ट्रेट के समक्ष बयान (बीएनएसएस धारा 183)', true, 'legal', 'other', ['G08', 'G10']),
  kind('bank_account_proof', 'Bank account proof (passbook)', 'बैंक खाते का प्रमाण (पासबुक)', true, 'identity', 'other', ['G10']),
  kind('identity_document', 'Identity document (Aadhaar, birth or school certificate)', 'पहचान दस्तावेज़ (आधार, जन्म या विद्यालय प्रमाण-पत्र)', true, 'identity', 'other', ['G10']),
  kind('individual_care_plan', 'Individual care plan (Form 7, JJ Model Rules 2016)', 'व्यक्तिगत देखरेख योजना (प्रपत्र 7)', true, 'documents', 'shelter_home', ['G07', 'G10']),
  kind('cwc_order', 'CWC order (production, placement)', 'बाल कल्याण समिति का आदेश', false, 'legal', 'cwc', ['G01']),
  kind('age_assessment', 'Age assessment', 'आयु निर्धारण रिपोर्ट', false, 'health', 'doctor', []),
  kind('social_investigation_report', 'Social investigation report', 'सामाजिक जाँच रिपोर्ट', false, 'documents', 'dcpu', ['G06']),
  kind('learning_report_card', 'Learning report card', 'शैक्षिक प्रगति पत्रक', false, 'documents', 'shelter_home', []),
  kind('fit_to_travel_certificate', 'Fit-to-travel certificate', 'यात्रा हेतु स्वस्थता प्रमाण-पत्र', false, 'health', 'doctor', ['G11']),
  kind('transfer_order', 'Transfer order (JJ Act s.95)', 'स्थानांतरण आदेश (किशोर न्याय अधिनियम धारा 95)', false, 'legal', 'cwc', ['G12']),
  kind('compensation_application', 'Victim compensation application', 'पीड़ित प्रतिकर आवेदन', false, 'legal', 'other', ['G09']),
  kind('compensation_order', 'Compensation order', 'प्रतिकर आदेश', false, 'legal', 'other', ['G19']),
];

/** The key documents of DOMAIN.md stage 6, all of which should be in the file before departure. */
export const REQUIRED_DOCUMENT_KINDS: readonly DocumentKindCode[] = DOCUMENT_KINDS.filter((k) => k.requiredBeforeRepatriation).map(
  (k) => k.code,
);

export function documentKind(code: DocumentKindCode): DocumentKind {
  return DOCUMENT_KINDS.find((k) => k.code === code) as DocumentKind;
}
