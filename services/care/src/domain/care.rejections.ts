import { CommandRejected } from '@setu/decider';

// Messages are shown to clients: they never quote the child's data.

function impossible(code: string, field: string, message: string): CommandRejected {
  return new CommandRejected(code, 'unprocessable', message, [{ field, message }]);
}

export const admissionAlreadyRecorded = (): CommandRejected =>
  impossible('ADMISSION_ALREADY_RECORDED', 'cwcOrderReference', 'An admission on this CWC order is already recorded.');

export const sameHome = (): CommandRejected =>
  impossible('TRANSFER_TO_SAME_HOME', 'toHome', 'A transfer moves the child to another home: toHome is the home it leaves.');

export const missingEpisodeUnknown = (): CommandRejected =>
  impossible('MISSING_EPISODE_UNKNOWN', 'missingId', 'The child has no missing report with this id.');

export const alreadyFound = (): CommandRejected =>
  impossible('MISSING_EPISODE_ALREADY_ENDED', 'missingId', 'The child was already recorded found for this missing report.');

export const foundBeforeMissing = (lastSeenAt: string): CommandRejected =>
  impossible('FOUND_BEFORE_MISSING', 'foundAt', `must not be before the child was last seen (${lastSeenAt}).`);

export const dischargeAlreadyRecorded = (): CommandRejected =>
  impossible('DISCHARGE_ALREADY_RECORDED', 'cwcOrderReference', 'A discharge on this CWC order is already recorded.');

export const carePlanAlreadyCreated = (): CommandRejected =>
  new CommandRejected('CARE_PLAN_ALREADY_CREATED', 'unprocessable', 'The child has a care plan already: record a review of it instead.');

export const noCarePlan = (): CommandRejected =>
  new CommandRejected('CARE_PLAN_NOT_CREATED', 'unprocessable', 'The child has no care plan to review: create it first.');

export const reviewBeforePlan = (createdAt: string): CommandRejected =>
  impossible('REVIEW_BEFORE_PLAN', 'reviewedAt', `must not be before the plan was drawn up (${createdAt}).`);

export const goalsUnknown = (indexes: readonly number[]): CommandRejected =>
  new CommandRejected(
    'GOAL_UNKNOWN',
    'unprocessable',
    'A review can report progress only on goals of the plan.',
    indexes.map((i) => ({ field: `progress[${i}].goalId`, message: 'is not a goal of the child\'s care plan' })),
  );

export const postTestBeforePreTest = (preTestAt: string): CommandRejected =>
  impossible('POST_TEST_BEFORE_PRE_TEST', 'assessedAt', `a post-test must not be before the first pre-test in its subject (${preTestAt}).`);

export const preTestAfterPostTest = (postTestAt: string): CommandRejected =>
  impossible('PRE_TEST_AFTER_POST_TEST', 'assessedAt', `the subject's post-test (${postTestAt}) came before any pre-test: a pre-test must not follow it.`);

export const assessmentsUnknown = (indexes: readonly number[]): CommandRejected =>
  new CommandRejected(
    'ASSESSMENT_UNKNOWN',
    'unprocessable',
    'A report card can report only tests recorded for the child.',
    indexes.map((i) => ({ field: `assessmentIds[${i}]`, message: 'is not a learning assessment of the child' })),
  );
