// The closed vocabularies of the legal context. Events store these strings: add values, never rename.

/** What an accused did, as the FIR or the investigation names it. */
export const ACCUSED_ROLES = ['employer', 'trafficker', 'agent'] as const;
export type AccusedRole = (typeof ACCUSED_ROLES)[number];

/** Where an accused stands with the police and the courts. */
export const CUSTODY_STATUSES = ['arrested', 'absconding', 'on_bail'] as const;
export type CustodyStatus = (typeof CUSTODY_STATUSES)[number];

export const BAIL_OUTCOMES = ['granted', 'denied', 'adjourned'] as const;
export type BailOutcome = (typeof BAIL_OUTCOMES)[number];

/** How the child testified: by video from the home district (usually Bihar) or in court. */
export const TESTIMONY_MODES = ['video_from_home_district', 'in_person'] as const;
export type TestimonyMode = (typeof TESTIMONY_MODES)[number];

/** Whether the child's testimony supported the prosecution or the child turned hostile. */
export const TESTIMONY_ASSESSMENTS = ['supportive', 'hostile'] as const;
export type TestimonyAssessment = (typeof TESTIMONY_ASSESSMENTS)[number];

export const VERDICTS = ['convicted', 'acquitted'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Where an accused stands as the FIR shows it: the custody status last recorded or, after a
 * judgment, its verdict (`convicted`, `acquitted`) until a later custody fact (bail pending
 * appeal, an arrest) replaces it. Only the custody statuses are ever recorded as such; a verdict
 * is a `legal.JudgmentDelivered`, never an `AccusedStatusRecorded`.
 */
export const ACCUSED_STATUSES = [...CUSTODY_STATUSES, ...VERDICTS] as const;
export type AccusedStatus = (typeof ACCUSED_STATUSES)[number];

export const APPELLANTS = ['state', 'accused', 'victim'] as const;
export type Appellant = (typeof APPELLANTS)[number];

export const APPEAL_OUTCOMES = ['dismissed', 'allowed', 'partly_allowed', 'remanded'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** The statement before a magistrate: BNSS s.183 since 1 July 2024, CrPC s.164 before. */
export const STATEMENT_SECTIONS = ['BNSS-183', 'CrPC-164'] as const;
export type StatementSection = (typeof STATEMENT_SECTIONS)[number];

/** Who in the child's family authorised the lawyer. */
export const AUTHORISING_RELATIONS = ['mother', 'father', 'guardian', 'sibling', 'other_relative', 'child'] as const;
export type AuthorisingRelation = (typeof AUTHORISING_RELATIONS)[number];

/**
 * Compensation schemes a rescued child can claim under (DOMAIN.md, stage 5):
 * - `victim_compensation`: BNSS s.396 (formerly CrPC s.357A) through the DLSA/SLSA;
 * - `bonded_labour_rehabilitation`: on the release certificate, Central Sector Scheme for
 *   Rehabilitation of Bonded Labourers 2021 (up to Rs 30,000 immediate; Rs 2 lakh for children);
 * - `child_labour_fund`: Child and Adolescent Labour Act s.14B (Rs 15,000 per child to the fund);
 * - `employer_deposit`: Rs 20,000 per child deposited by the employer (2008 Protocol);
 * - `bihar_cm_relief_fund`: Bihar Chief Minister's Relief Fund.
 */
export const COMPENSATION_SCHEMES = [
  'victim_compensation',
  'bonded_labour_rehabilitation',
  'child_labour_fund',
  'employer_deposit',
  'bihar_cm_relief_fund',
] as const;
export type CompensationScheme = (typeof COMPENSATION_SCHEMES)[number];

export const ACCOUNT_HOLDERS = ['child', 'guardian', 'joint'] as const;
export type AccountHolder = (typeof ACCOUNT_HOLDERS)[number];

export const CLAIM_REJECTION_REASONS = [
  'not_eligible',
  'documents_missing',
  'no_fir_or_charge_sheet',
  'duplicate_claim',
  'time_barred',
  'other',
] as const;
export type ClaimRejectionReason = (typeof CLAIM_REJECTION_REASONS)[number];
