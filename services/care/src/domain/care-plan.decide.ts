import type { CareEvent } from '@setu/contracts';
import type { CreateCarePlan, ReviewCarePlan } from './care.commands';
import { carePlanAlreadyCreated, goalsUnknown, noCarePlan, reviewBeforePlan } from './care.rejections';
import type { CareRecord } from './care.state';
import { isBefore } from './time';

// The individual care plan (Form 7, JJ Model Rules 2016): one per case, reviewed over time.

export function createCarePlan(command: CreateCarePlan, record: CareRecord): CareEvent[] {
  if (record.carePlan !== null) throw carePlanAlreadyCreated();
  return [{ type: 'care.CarePlanCreated', data: command.data }];
}

export function reviewCarePlan(command: ReviewCarePlan, record: CareRecord): CareEvent[] {
  const plan = record.carePlan;
  if (plan === null) throw noCarePlan();
  if (isBefore(command.data.reviewedAt, plan.createdAt)) throw reviewBeforePlan(plan.createdAt);
  const unknown = command.data.progress.flatMap((p, i) => (plan.goalIds.includes(p.goalId) ? [] : [i]));
  if (unknown.length > 0) throw goalsUnknown(unknown);
  return [{ type: 'care.CarePlanReviewed', data: { ...command.data, planId: plan.planId } }];
}
