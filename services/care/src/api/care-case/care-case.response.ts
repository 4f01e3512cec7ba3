import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { GOAL_STATUSES } from '@setu/contracts';
import { CareBankAccountDto } from '../bank-account/bank-account.dto';
import { CarePlanGoalDto, CreateCarePlanDto, ReviewCarePlanDto } from '../care-plan/care-plan.dto';
import { CounsellingSessionDto } from '../counselling/counselling-session.dto';
import { LearningAssessmentDto, ReportCardDto } from '../education/education.dto';
import { CareHealthCheckDto } from '../health/health-check.dto';
import { AdmitToShelterDto, DischargeFromShelterDto, RecordFoundDto, ReportMissingDto, TransferBetweenHomesDto } from '../placement/placement.dto';
import { CareShelterHomeDto } from '../shared/shelter-home.dto';

// The OpenAPI shape of GET /care/cases/{caseId}: each fact as it was sent, with its id.
// Times are read back in UTC (2026-03-02T04:30:00.000Z for 2026-03-02T10:00:00+05:30).

const uuid = (description: string) => ApiProperty({ format: 'uuid', description, example: '0195f4b2-1a07-7c3e-8f4d-2b6a9e0c7d13' });

class CareAdmissionView extends AdmitToShelterDto {
  @uuid('the admission') admissionId!: string;
}

class CareTransferView extends TransferBetweenHomesDto {
  @uuid('the transfer') transferId!: string;
}

class CareFoundView extends OmitType(RecordFoundDto, ['missingId']) {}

class CareMissingEpisodeView extends ReportMissingDto {
  @uuid('the missing report') missingId!: string;
  @ApiPropertyOptional({ type: CareShelterHomeDto, description: 'the home the child went missing from, as the record then stood' })
  home?: CareShelterHomeDto;
  @ApiProperty({ type: CareFoundView, nullable: true, description: 'the finding that ended it; null while the child is missing' })
  found!: CareFoundView | null;
}

class CareDischargeView extends DischargeFromShelterDto {
  @ApiPropertyOptional({ type: CareShelterHomeDto, description: 'the home the child left, as the record then stood' })
  home?: CareShelterHomeDto;
}

class CareCounsellingSessionView extends CounsellingSessionDto {
  @uuid('the session') sessionId!: string;
}

class CarePlanGoalView extends CarePlanGoalDto {
  @uuid('the goal, for reviews') goalId!: string;
  @ApiProperty({ enum: GOAL_STATUSES, description: 'as of the latest-dated review that reported on it', example: 'in_progress' })
  status!: string;
  @ApiProperty({ format: 'date-time', nullable: true, example: '2026-04-10T06:30:00.000Z' })
  lastReviewedAt!: string | null;
}

class CarePlanAddedGoalView extends CarePlanGoalDto {
  @uuid('the goal') goalId!: string;
}

class CarePlanReviewView extends OmitType(ReviewCarePlanDto, ['newGoals']) {
  @uuid('the review') reviewId!: string;
  @ApiProperty({ type: [CarePlanAddedGoalView] }) newGoals!: CarePlanAddedGoalView[];
}

class CarePlanResponseView extends OmitType(CreateCarePlanDto, ['goals']) {
  @uuid('the plan') planId!: string;
  @ApiProperty({ type: [CarePlanGoalView] }) goals!: CarePlanGoalView[];
  @ApiProperty({ type: [CarePlanReviewView] }) reviews!: CarePlanReviewView[];
}

class CareHealthCheckView extends CareHealthCheckDto {
  @uuid('the check') checkId!: string;
}

class CareLearningAssessmentView extends LearningAssessmentDto {
  @uuid('the test') assessmentId!: string;
}

class CareReportedAssessmentView extends OmitType(LearningAssessmentDto, ['assessedBy']) {
  @uuid('the test') assessmentId!: string;
}

class CareReportCardView extends OmitType(ReportCardDto, ['assessmentIds']) {
  @uuid('the card') reportCardId!: string;
  @ApiProperty({ type: [CareReportedAssessmentView], description: 'the tests on the card, as recorded when it was issued' })
  assessments!: CareReportedAssessmentView[];
}

class CareBankAccountView extends OmitType(CareBankAccountDto, ['maskedAccountNumber']) {
  @uuid('the account record') accountId!: string;
  @ApiProperty({ description: 'the last 4 digits of the account number (identifying)', example: '4821' })
  accountNumberLast4!: string;
}

export class CareCaseResponse {
  @ApiProperty({ format: 'uuid', example: '0195f3a0-7c4e-7b21-9d3a-5e8f1c2a4b60' }) caseId!: string;
  @ApiProperty({
    enum: ['not_in_shelter', 'in_shelter', 'missing', 'discharged'],
    description: 'where the facts, in the order they happened (not the order entered), leave the child',
    example: 'in_shelter',
  })
  status!: string;
  @ApiProperty({ type: CareShelterHomeDto, nullable: true, description: 'the home the child is in, or went missing from' })
  currentHome!: CareShelterHomeDto | null;
  @ApiProperty({ type: [CareAdmissionView] }) admissions!: CareAdmissionView[];
  @ApiProperty({ type: [CareTransferView] }) transfers!: CareTransferView[];
  @ApiProperty({ type: [CareMissingEpisodeView] }) missingEpisodes!: CareMissingEpisodeView[];
  @ApiProperty({ type: [CareFoundView], description: 'findings that end no recorded missing report' }) foundWithoutReport!: CareFoundView[];
  @ApiProperty({ type: [CareDischargeView] }) discharges!: CareDischargeView[];
  @ApiProperty({ type: [CareCounsellingSessionView] }) counsellingSessions!: CareCounsellingSessionView[];
  @ApiProperty({ type: CarePlanResponseView, nullable: true }) carePlan!: CarePlanResponseView | null;
  @ApiProperty({ type: [CareHealthCheckView] }) healthChecks!: CareHealthCheckView[];
  @ApiProperty({ type: [CareLearningAssessmentView] }) learningAssessments!: CareLearningAssessmentView[];
  @ApiProperty({ type: [CareReportCardView] }) reportCards!: CareReportCardView[];
  @ApiProperty({ type: [CareBankAccountView] }) bankAccounts!: CareBankAccountView[];
}

export const CARE_CASE_EXAMPLE = {
  caseId: '0195f3a0-7c4e-7b21-9d3a-5e8f1c2a4b60',
  status: 'in_shelter',
  currentHome: { name: 'Rajkiya Bal Griha, Jaipur', districtCode: 'RJ-JPR', registrationNumber: 'RJ/JPR/CCI/2017/014' },
  admissions: [
    {
      admissionId: '0195f4b2-1a07-7c3e-8f4d-2b6a9e0c7d13',
      admittedAt: '2026-03-02T04:30:00.000Z',
      home: { name: 'Rajkiya Bal Griha, Jaipur', districtCode: 'RJ-JPR', registrationNumber: 'RJ/JPR/CCI/2017/014' },
      cwcOrderReference: 'CWC/JPR/2026/0412',
    },
  ],
  transfers: [],
  missingEpisodes: [],
  foundWithoutReport: [],
  discharges: [],
  counsellingSessions: [
    {
      sessionId: '0195f4b2-2b18-7d4f-9a5e-3c7bafd18e24',
      heldAt: '2026-03-05T05:30:00.000Z',
      counsellor: 'Counsellor, CLFJ trauma-informed panel',
      kind: 'individual',
      setting: 'shelter_home',
      durationMinutes: 45,
      language: 'maithili',
      reportDocumentId: '0195f4c0-2b18-7d4f-9a5e-3c7bafd18e24',
    },
  ],
  carePlan: null,
  healthChecks: [],
  learningAssessments: [
    {
      assessmentId: '0195f4c2-1b22-7c33-8d44-5e55f66a7b88',
      test: 'pre_test',
      subject: 'hindi',
      assessedAt: '2026-03-06T04:30:00.000Z',
      classLevel: 1,
      scorePercent: 35,
    },
  ],
  reportCards: [],
  bankAccounts: [
    {
      accountId: '0195f4c3-4d55-7e66-8f77-809910aa1bb2',
      openedAt: '2026-04-02T06:30:00.000Z',
      bank: 'State Bank of India',
      branch: 'Johari Bazar, Jaipur',
      ifsc: 'SBIN0031234',
      holder: 'joint_with_guardian',
      accountNumberLast4: '4821',
    },
  ],
};
