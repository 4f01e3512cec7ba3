import { REINTEGRATION_DOMAINS } from '../reintegration/reintegration.vocabulary';

// The closed vocabularies of the care context. Events store these strings: add values, never rename.

/**
 * The six domains of a child's well-being (DOMAIN.md, stage 8; 003): the goals of the individual
 * care plan (Form 7, JJ Model Rules 2016) are set in them, and reintegration scores them later.
 */
export const CARE_PLAN_DOMAINS = REINTEGRATION_DOMAINS;
export type CarePlanDomain = (typeof CARE_PLAN_DOMAINS)[number];

export const GOAL_STATUSES = ['not_started', 'in_progress', 'achieved', 'discontinued'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const TRANSFER_REASONS = ['specialised_care', 'capacity', 'safety', 'closer_to_home_state', 'other'] as const;
export type TransferReason = (typeof TRANSFER_REASONS)[number];

/** Who found a child who had gone missing from a shelter home. */
export const FOUND_BY = ['police', 'childline_1098', 'shelter_staff', 'family', 'returned_on_own', 'other'] as const;
export type FoundBy = (typeof FOUND_BY)[number];

export const COUNSELLING_KINDS = [
  'initial_assessment',
  'individual',
  'group',
  'family',
  'crisis_intervention',
  'pre_repatriation',
] as const;
export type CounsellingKind = (typeof COUNSELLING_KINDS)[number];

export const COUNSELLING_SETTINGS = ['police_station', 'child_friendly_space', 'shelter_home', 'hospital', 'court', 'other'] as const;
export type CounsellingSetting = (typeof COUNSELLING_SETTINGS)[number];

/** The child's language in a session: trafficked children from Bihar often speak little Hindi. */
export const COUNSELLING_LANGUAGES = ['hindi', 'maithili', 'bhojpuri', 'magahi', 'urdu', 'bengali', 'other'] as const;
export type CounsellingLanguage = (typeof COUNSELLING_LANGUAGES)[number];

/**
 * The three phases of health monitoring (000, Part 5): the injury report right after the rescue,
 * periodic checks in the shelter home, and the fit-to-travel certificate before repatriation.
 */
export const HEALTH_CHECK_PHASES = ['injury_report', 'periodic', 'fit_to_travel'] as const;
export type HealthCheckPhase = (typeof HEALTH_CHECK_PHASES)[number];

/** The learning level assessment: a pre-test on arrival, a post-test before departure (000, Part 5). */
export const LEARNING_TESTS = ['pre_test', 'post_test'] as const;
export type LearningTest = (typeof LEARNING_TESTS)[number];

export const LEARNING_SUBJECTS = ['hindi', 'english', 'mathematics', 'environmental_studies', 'science', 'other'] as const;
export type LearningSubject = (typeof LEARNING_SUBJECTS)[number];

/** A minor's account is in the child's name or held jointly with a guardian (RBI rules for minors). */
export const BANK_ACCOUNT_HOLDERS = ['child', 'joint_with_guardian'] as const;
export type BankAccountHolder = (typeof BANK_ACCOUNT_HOLDERS)[number];

export const DISCHARGE_REASONS = [
  'repatriation_to_home_state',
  'restoration_to_family',
  'turned_eighteen',
  'other',
] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];
