// The closed vocabularies of the reintegration context (DOMAIN.md, stages 7 and 8). Events store
// these strings: add values, never rename one.

/**
 * The six domains a returned child's reintegration is scored in (003, community-based
 * rehabilitation): each assessment and follow-up visit scores some or all of them.
 */
export const REINTEGRATION_DOMAINS = [
  'safety_protection',
  'physical_mental_health',
  'education_skills',
  'livelihood_economic',
  'legal_justice',
  'social_acceptance_empowerment',
] as const;
export type ReintegrationDomain = (typeof REINTEGRATION_DOMAINS)[number];

/**
 * The score of one domain, 1 to 4 (services/reintegration/README.md gives what each level means
 * per domain). The sources give no scale; this one is a policy default.
 */
export const DOMAIN_SCORE_LEVELS = [
  { score: 1, level: 'in_crisis', meaning: 'in danger or without a basic need met; needs action now' },
  { score: 2, level: 'vulnerable', meaning: 'needs met only in part or only with outside help; may slip back' },
  { score: 3, level: 'stable', meaning: 'needs met; the family copes with occasional support' },
  { score: 4, level: 'thriving', meaning: 'needs met on the family\'s own strength; protects the child' },
] as const;
export const DOMAIN_SCORE_MIN = 1;
export const DOMAIN_SCORE_MAX = 4;
/** A domain meets its closure criteria at this score or above (policy default; 003: "appropriate scores ... for each domain"). */
export const DOMAIN_CRITERIA_MET_FROM = 3;

/** Why the home-district CWC refused a transfer order. */
export const TRANSFER_REFUSAL_REASONS = [
  'home_not_verified',
  'family_not_traced',
  'family_unsafe',
  'child_not_from_district',
  'case_file_incomplete',
  'other',
] as const;
export type TransferRefusalReason = (typeof TRANSFER_REFUSAL_REASONS)[number];

/** Who sent a child home outside the transfer-order channel (JJ Act s.95): a known failure (G12). */
export const OUTSIDE_CHANNEL_SENDERS = [
  'shelter_home',
  'cwc',
  'police',
  'employer_or_trafficker',
  'family',
  'child_alone',
  'other',
] as const;
export type OutsideChannelSender = (typeof OUTSIDE_CHANNEL_SENDERS)[number];

/** How the reintegration side learned of a child's return. */
export const RETURN_LEARNED_THROUGH = [
  'fieldworker_outreach',
  'family',
  'panchayat_or_vcpc',
  'school',
  'childline',
  'police',
  'cwc_or_dcpu',
  'shelter_report',
  'other',
] as const;
export type ReturnLearnedThrough = (typeof RETURN_LEARNED_THROUGH)[number];

/** How a child with no record came home. */
export const RETURN_ROUTES = [
  'came_home_alone',
  'brought_by_family',
  'sent_by_employer_or_trafficker',
  'sent_by_shelter',
  'sent_by_police',
  'unknown',
  'other',
] as const;
export type ReturnRoute = (typeof RETURN_ROUTES)[number];

export const REPATRIATION_TRANSPORT_MODES = ['train', 'bus', 'road', 'air', 'other'] as const;
export type RepatriationTransportMode = (typeof REPATRIATION_TRANSPORT_MODES)[number];

/** Why a child left a repatriation batch. */
export const BATCH_REMOVAL_REASONS = [
  'not_fit_to_travel',
  'statement_pending',
  'absconded',
  'moved_to_other_batch',
  'restored_in_rajasthan',
  'other',
] as const;
export type BatchRemovalReason = (typeof BATCH_REMOVAL_REASONS)[number];

export const FOLLOW_UP_MODES = ['in_person', 'phone'] as const;
export type FollowUpMode = (typeof FOLLOW_UP_MODES)[number];

/** Whom a fieldworker met or spoke to on a visit. */
export const FOLLOW_UP_CONTACTS = [
  'child',
  'mother',
  'father',
  'guardian',
  'sibling',
  'grandparent',
  'other_relative',
  'teacher',
  'panchayat_member',
  'employer',
  'other',
] as const;
export type FollowUpContact = (typeof FOLLOW_UP_CONTACTS)[number];

/** The child's schooling as seen on a visit. */
export const FOLLOW_UP_SCHOOL_STATUSES = [
  'attending',
  'attending_irregularly',
  'enrolled_not_attending',
  'dropped_out',
  'not_enrolled',
  'bridge_school',
  'vocational_training',
  'not_applicable',
] as const;
export type FollowUpSchoolStatus = (typeof FOLLOW_UP_SCHOOL_STATUSES)[number];

/** A regular school, or a bridge school (a catch-up course before joining the class of one's age, RTE Act s.4). */
export const ENROLMENT_SCHOOL_KINDS = ['school', 'bridge_school'] as const;
export type EnrolmentSchoolKind = (typeof ENROLMENT_SCHOOL_KINDS)[number];

export const ENROLMENT_SCHOOL_MANAGEMENTS = ['government', 'private_aided', 'private', 'other'] as const;
export type EnrolmentSchoolManagement = (typeof ENROLMENT_SCHOOL_MANAGEMENTS)[number];

/** Government entitlements a returned child's family is linked to (000, Part 6). */
export const ENTITLEMENT_KINDS = [
  'health_insurance',
  'ration_card',
  'old_age_pension',
  'widow_pension',
  'disability_pension',
  'job_card',
  'scholarship',
  'birth_certificate',
  'aadhaar',
  'bank_account',
  'housing',
  'sponsorship',
  'other',
] as const;
export type EntitlementKind = (typeof ENTITLEMENT_KINDS)[number];

/** Where an entitlement stands, as seen on a visit. */
export const ENTITLEMENT_STATUSES = ['not_applied', 'applied', 'received', 'rejected'] as const;
export type EntitlementStatus = (typeof ENTITLEMENT_STATUSES)[number];

/** Who an entitlement or livelihood support is for. */
export const SUPPORT_BENEFICIARIES = ['child', 'parent_or_guardian', 'other_family_member', 'household'] as const;
export type SupportBeneficiary = (typeof SUPPORT_BENEFICIARIES)[number];

export const LIVELIHOOD_SUPPORT_KINDS = [
  'vocational_training',
  'skills_training',
  'apprenticeship',
  'job_placement',
  'cash_support',
  'productive_asset',
  'enterprise_support',
  'self_help_group',
  'other',
] as const;
export type LivelihoodSupportKind = (typeof LIVELIHOOD_SUPPORT_KINDS)[number];

export const THREAT_KINDS = ['threat', 'harassment', 'pressure_to_turn_hostile', 'violence', 'stigma', 'other'] as const;
export type ThreatKind = (typeof THREAT_KINDS)[number];

/** Who threatened or harassed the child or family; traffickers often live in the same village (003). */
export const THREAT_SOURCES = [
  'trafficker_or_agent',
  'employer',
  'accused_family',
  'community',
  'family',
  'police',
  'other',
] as const;
export type ThreatSource = (typeof THREAT_SOURCES)[number];

export const RETRAFFICKING_GROUNDS = [
  'missing_from_home',
  'left_for_work_out_of_state',
  'reported_by_family',
  'reported_by_community',
  'found_in_rescue',
  'other',
] as const;
export type RetraffickingGround = (typeof RETRAFFICKING_GROUNDS)[number];

export const RETRAFFICKING_RULED_OUT_REASONS = ['child_at_home', 'migrated_with_family', 'in_school_or_training', 'other'] as const;
export type RetraffickingRuledOutReason = (typeof RETRAFFICKING_RULED_OUT_REASONS)[number];

export const CASE_CLOSURE_REASONS = [
  'reintegrated',
  'turned_18',
  'family_relocated',
  'lost_contact',
  're_trafficked',
  'transferred_to_other_agency',
  'died',
  'family_declined_services',
  'other',
] as const;
export type CaseClosureReason = (typeof CASE_CLOSURE_REASONS)[number];

export const CASE_REOPENING_REASONS = [
  'regression',
  're_trafficking',
  'threat_or_harassment',
  'family_request',
  'cwc_order',
  'other',
] as const;
export type CaseReopeningReason = (typeof CASE_REOPENING_REASONS)[number];
