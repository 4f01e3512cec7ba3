import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { BANK_ACCOUNT_EXAMPLE, CareBankAccountDto } from './bank-account/bank-account.dto';
import { CARE_PLAN_EXAMPLE, CARE_PLAN_REVIEW_EXAMPLE, CreateCarePlanDto, ReviewCarePlanDto } from './care-plan/care-plan.dto';
import { COUNSELLING_SESSION_EXAMPLE, CounsellingSessionDto } from './counselling/counselling-session.dto';
import { LEARNING_ASSESSMENT_EXAMPLE, LearningAssessmentDto, REPORT_CARD_EXAMPLE, ReportCardDto } from './education/education.dto';
import { HEALTH_CHECK_EXAMPLE, CareHealthCheckDto } from './health/health-check.dto';
import { AdmitToShelterDto, DischargeFromShelterDto, RecordFoundDto, ReportMissingDto, TransferBetweenHomesDto } from './placement/placement.dto';
import { ADMISSION_EXAMPLE, DISCHARGE_EXAMPLE, FOUND_EXAMPLE, MISSING_EXAMPLE, TRANSFER_EXAMPLE } from './placement/placement.examples';

type Dto = new () => object;
const fieldsAtFault = (type: Dto, body: object): string[] =>
  validateSync(plainToInstance(type, body), { whitelist: true, forbidNonWhitelisted: true }).map((e) => e.property);

describe('care request DTOs', () => {
  it.each<[string, Dto, object]>([
    ['admission', AdmitToShelterDto, ADMISSION_EXAMPLE],
    ['transfer', TransferBetweenHomesDto, TRANSFER_EXAMPLE],
    ['missing report', ReportMissingDto, MISSING_EXAMPLE],
    ['found report', RecordFoundDto, FOUND_EXAMPLE],
    ['discharge', DischargeFromShelterDto, DISCHARGE_EXAMPLE],
    ['counselling session', CounsellingSessionDto, COUNSELLING_SESSION_EXAMPLE],
    ['care plan', CreateCarePlanDto, CARE_PLAN_EXAMPLE],
    ['care plan review', ReviewCarePlanDto, CARE_PLAN_REVIEW_EXAMPLE],
    ['health check', CareHealthCheckDto, HEALTH_CHECK_EXAMPLE],
    ['learning assessment', LearningAssessmentDto, LEARNING_ASSESSMENT_EXAMPLE],
    ['report card', ReportCardDto, REPORT_CARD_EXAMPLE],
    ['bank account', CareBankAccountDto, BANK_ACCOUNT_EXAMPLE],
  ])('accept their OpenAPI example: %s', (_name, type, example) => {
    expect(fieldsAtFault(type, example)).toEqual([]);
  });

  it.each(['XXXXXXX4821', '****4821', 'xxxx-xxxx-4821', 'XXXX XXXX 4821', '4821'])('take a masked account number: %s', (masked) => {
    expect(fieldsAtFault(CareBankAccountDto, { ...BANK_ACCOUNT_EXAMPLE, maskedAccountNumber: masked })).toEqual([]);
  });

  it.each(['30918274821', 'XXXX1234 4821', '12XXXXX4821', 'XXXXXXX', '821', ''])('refuse anything but the last 4 digits: %s', (number) => {
    expect(fieldsAtFault(CareBankAccountDto, { ...BANK_ACCOUNT_EXAMPLE, maskedAccountNumber: number })).toEqual(['maskedAccountNumber']);
  });

  it('want the fit-to-travel verdict for that phase, and only for it', () => {
    expect(fieldsAtFault(CareHealthCheckDto, { ...HEALTH_CHECK_EXAMPLE, phase: 'fit_to_travel', fitToTravel: false })).toEqual([]);
    expect(fieldsAtFault(CareHealthCheckDto, { ...HEALTH_CHECK_EXAMPLE, phase: 'fit_to_travel' })).toEqual(['fitToTravel']);
    expect(fieldsAtFault(CareHealthCheckDto, { ...HEALTH_CHECK_EXAMPLE, phase: 'injury_report', fitToTravel: true })).toEqual(['fitToTravel']);
  });

  it('refuse a review naming a goal twice, and a card naming a test twice', () => {
    const goalId = CARE_PLAN_REVIEW_EXAMPLE.progress[0]?.goalId;
    const twice = [{ goalId, status: 'achieved' }, { goalId, status: 'in_progress' }];
    expect(fieldsAtFault(ReviewCarePlanDto, { ...CARE_PLAN_REVIEW_EXAMPLE, progress: twice })).toEqual(['progress']);
    const [first] = REPORT_CARD_EXAMPLE.assessmentIds;
    expect(fieldsAtFault(ReportCardDto, { ...REPORT_CARD_EXAMPLE, assessmentIds: [first, first] })).toEqual(['assessmentIds']);
  });

  it('refuse free text about a counselling session', () => {
    expect(fieldsAtFault(CounsellingSessionDto, { ...COUNSELLING_SESSION_EXAMPLE, notes: 'what the child said' })).toEqual(['notes']);
  });
});
