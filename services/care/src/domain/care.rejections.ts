import { CareRejection, impossible } from './care-rejection';

export const admissionAlreadyRecorded = (): CareRejection =>
  impossible('ADMISSION_ALREADY_RECORDED', 'cwcOrderReference', 'An admission on this CWC order is already recorded.');

export const sameHome = (): CareRejection =>
  impossible('TRANSFER_TO_SAME_HOME', 'toHome', 'A transfer moves the child to another home: toHome is the home it leaves.');

export const missingEpisodeUnknown = (): CareRejection =>
  impossible('MISSING_EPISODE_UNKNOWN', 'missingId', 'The child has no missing report with this id.');

export const alreadyFound = (): CareRejection =>
  impossible('MISSING_EPISODE_ALREADY_ENDED', 'missingId', 'The child was already recorded found for this missing report.');

export const foundBeforeMissing = (lastSeenAt: string): CareRejection =>
  impossible('FOUND_BEFORE_MISSING', 'foundAt', `must not be before the child was last seen (${lastSeenAt}).`);

export const dischargeAlreadyRecorded = (): CareRejection =>
  impossible('DISCHARGE_ALREADY_RECORDED', 'cwcOrderReference', 'A discharge on this CWC order is already recorded.');

export const carePlanAlreadyCreated = (): CareRejection =>
  new CareRejection('CARE_PLAN_ALREADY_CREATED', 'unprocessable', 'The child has a care plan already: record a review of it instead.');

export const noCarePlan = (): CareRejection =>
  new CareRejection('CARE_PLAN_NOT_CREATED', 'unprocessable', 'The child has no care plan to review: create it first.');

export const reviewBeforePlan = (createdAt: string): CareRejection =>
  impossible('REVIEW_BEFORE_PLAN', 'reviewedAt', `must not be before the plan was drawn up (${createdAt}).`);

export const goalsUnknown = (indexes: readonly number[]): CareRejection =>
  new CareRejection(
    'GOAL_UNKNOWN',
    'unprocessable',
    'A review can report progress only on goals of the plan.',
    indexes.map((i) => ({ field: `progress[${i}].goalId`, message: 'is not a goal of the child\'s care plan' })),
  );

export const postTestBeforePreTest = (preTestAt: string): CareRejection =>
  impossible('POST_TEST_BEFORE_PRE_TEST', 'assessedAt', `a post-test must not be before the first pre-test in its subject (${preTestAt}).`);

export const preTestAfterPostTest = (postTestAt: string): CareRejection =>
  impossible('PRE_TEST_AFTER_POST_TEST', 'assessedAt', `the subject's post-test (${postTestAt}) came before any pre-test: a pre-test must not follow it.`);

export const assessmentsUnknown = (indexes: readonly number[]): CareRejection =>
  new CareRejection(
    'ASSESSMENT_UNKNOWN',
    'unprocessable',
    'A report card can report only tests recorded for the child.',
    indexes.map((i) => ({ field: `assessmentIds[${i}]`, message: 'is not a learning assessment of the child' })),
  );
