// The closed vocabularies of the rescue context. Events store these strings: add values, never rename.

/** How the raid team learned of the workshop. */
export const INFORMATION_CHANNELS = [
  'childline_1098',
  'ngo',
  'police_intelligence',
  'labour_department',
  'community',
  'family',
  'anonymous',
  'other',
] as const;
export type InformationChannel = (typeof INFORMATION_CHANNELS)[number];

/** What a person found at the scene was doing there. */
export const SCENE_ROLES = ['employer', 'trafficker', 'agent', 'supervisor', 'other'] as const;
export type SceneRole = (typeof SCENE_ROLES)[number];

/** The evidence checklist of a raid (000, Part 4). */
export const EVIDENCE_KINDS = ['statements', 'photographs', 'wage_or_attendance_records', 'tools_and_materials', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const SEXES = ['male', 'female', 'other', 'not_recorded'] as const;
export type Sex = (typeof SEXES)[number];

export const GUARDIAN_RELATIONS = ['father', 'mother', 'grandparent', 'sibling', 'uncle', 'aunt', 'other'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

/** JJ Act 2015 s.94: documents first, a medical opinion (ossification test) only without them. */
export const AGE_ASSESSMENT_METHODS = [
  'birth_certificate',
  'school_certificate',
  'ossification_test',
  'medical_opinion',
  'visual_estimate',
  'other',
] as const;
export type AgeAssessmentMethod = (typeof AGE_ASSESSMENT_METHODS)[number];

export const WORK_TYPES = ['bangle_making', 'embroidery', 'zari_work', 'other'] as const;
export type WorkType = (typeof WORK_TYPES)[number];

/** Where a child is kept after the rescue; a police station beyond a few hours is a gap (G04). */
export const HOLDING_PLACES = ['child_friendly_space', 'police_station', 'shelter', 'hospital', 'other'] as const;
export type HoldingPlace = (typeof HOLDING_PLACES)[number];

export const CWC_ORDER_KINDS = ['shelter_placement', 'restoration_to_family', 'other'] as const;
export type CwcOrderKind = (typeof CWC_ORDER_KINDS)[number];
