import { BankAccountController } from './bank-account/bank-account.http.controller';
import { CareCaseController } from './care-case/care-case.http.controller';
import { CarePlanController } from './care-plan/care-plan.http.controller';
import { CounsellingController } from './counselling/counselling.http.controller';
import { EducationController } from './education/education.http.controller';
import { HealthController } from './health/health.http.controller';
import { PlacementController } from './placement/placement.http.controller';

export const CARE_CONTROLLERS = [
  CareCaseController,
  PlacementController,
  CounsellingController,
  CarePlanController,
  HealthController,
  EducationController,
  BankAccountController,
];
