import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGENCY_KIND_CODES,
  ENROLMENT_SCHOOL_KINDS,
  ENROLMENT_SCHOOL_MANAGEMENTS,
  ENTITLEMENT_KINDS,
  ENTITLEMENT_STATUSES,
  FOLLOW_UP_CONTACTS,
  FOLLOW_UP_MODES,
  FOLLOW_UP_SCHOOL_STATUSES,
  REINTEGRATION_DOMAINS,
  type AgencyKindCode,
  type EnrolmentSchoolKind,
  type EnrolmentSchoolManagement,
  type EntitlementKind,
  type EntitlementStatus,
  type FollowUpContact,
  type FollowUpMode,
  type FollowUpSchoolStatus,
  type ReintegrationDomain,
} from '@setu/contracts';
import { BooleanField, DistrictCodeField, NestedField, OneOfField, OneOfListField, TextField } from '@setu/service-kit';
import { IsInt, Matches, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { DayOrTimeField, SummaryField } from '../shared/fields';
import { DomainScoresDto, SomeDomainScoresDto } from './domain-scores.dto';

export class NgoDto {
  @TextField({ description: 'the NGO\'s name', example: 'Gaya Bal Suraksha Manch' })
  name!: string;

  @TextField({ description: 'the NGO\'s organisation id in Setu (the `org` claim)', example: 'org-ngo-gaya-01', optional: true })
  orgId?: string;
}

export class FieldworkerDto {
  @TextField({ description: 'the fieldworker\'s name', example: 'Anita Kumari' })
  name!: string;

  @TextField({ description: 'the fieldworker\'s user id in Setu (the `sub` claim)', example: 'fw-anita-kumari', optional: true })
  userId?: string;
}

export class AssignFieldworkerRequestDto {
  @DayOrTimeField({ description: 'when the assignment was made', example: '2026-04-22T10:00:00+05:30' })
  assignedAt!: string;

  @DistrictCodeField({ description: 'the home district the NGO covers for this child, in Bihar', example: 'BR-GAY' })
  homeDistrict!: string;

  @NestedField(() => NgoDto, { description: 'the NGO responsible for the child' })
  ngo!: NgoDto;

  @NestedField(() => FieldworkerDto, { description: 'the fieldworker who follows the child up' })
  fieldworker!: FieldworkerDto;

  @OneOfField(AGENCY_KIND_CODES, { description: 'the kind of agency that made the assignment', example: 'dcpu', optional: true })
  assignedBy?: AgencyKindCode;
}

export class AssessNeedsRequestDto {
  @DayOrTimeField({ description: 'when the assessment was made, at the child\'s home', example: '2026-05-05T11:00:00+05:30' })
  assessedAt!: string;

  @NestedField(() => DomainScoresDto, { description: 'a score in each of the six domains' })
  scores!: DomainScoresDto;

  @OneOfListField(REINTEGRATION_DOMAINS, { description: 'the domains to act on first', example: ['livelihood_economic', 'education_skills'], optional: true })
  priorityDomains?: ReintegrationDomain[];

  @SummaryField('Father works as a daily labourer; no ration card; the boy wants to go back to school.', 'the needs found')
  summary?: string;
}

export class PersonMetDto {
  @OneOfField(FOLLOW_UP_CONTACTS, { description: 'who they are to the child', example: 'mother' })
  relation!: FollowUpContact;

  @TextField({ description: 'their name as given', example: 'Sunita Devi', optional: true })
  name?: string;
}

export class EntitlementSeenDto {
  @OneOfField(ENTITLEMENT_KINDS, { description: 'the entitlement', example: 'ration_card' })
  kind!: EntitlementKind;

  @OneOfField(ENTITLEMENT_STATUSES, { description: 'where it stands', example: 'applied' })
  status!: EntitlementStatus;
}

export class FollowUpVisitRequestDto {
  @DayOrTimeField({ description: 'when the visit or call took place', example: '2026-06-05T10:30:00+05:30' })
  visitedAt!: string;

  @OneOfField(FOLLOW_UP_MODES, { description: 'in person or by phone', example: 'in_person' })
  mode!: FollowUpMode;

  @NestedField(() => PersonMetDto, {
    description: 'who was met or spoken to',
    example: [{ relation: 'child' }, { relation: 'mother', name: 'Sunita Devi' }],
    minItems: 1,
    maxItems: 20,
  })
  metWith!: PersonMetDto[];

  @NestedField(() => SomeDomainScoresDto, { description: 'scores in the domains assessed on this visit', example: { education_skills: 3, legal_justice: 2 }, optional: true })
  scores?: SomeDomainScoresDto;

  @OneOfField(FOLLOW_UP_SCHOOL_STATUSES, { description: 'the child\'s schooling as seen', example: 'attending', optional: true })
  schoolStatus?: FollowUpSchoolStatus;

  @NestedField(() => EntitlementSeenDto, {
    description: 'the family\'s entitlements as seen on the visit',
    example: [{ kind: 'ration_card', status: 'received' }, { kind: 'health_insurance', status: 'applied' }],
    optional: true,
    maxItems: 20,
  })
  entitlements?: EntitlementSeenDto[];

  @BooleanField({ description: 'whether the child or family spoke of threats or harassment (report details separately)', example: false })
  threatsReported!: boolean;

  @SummaryField('Attends class 6 regularly; mother asks for help with the job card.', 'what was seen and agreed')
  summary?: string;
}

export class SchoolEnrolmentRequestDto {
  @DayOrTimeField({ description: 'the date of enrolment', example: '2026-06-15' })
  enrolledAt!: string;

  @OneOfField(ENROLMENT_SCHOOL_KINDS, { description: 'a regular school or a bridge school', example: 'school' })
  kind!: EnrolmentSchoolKind;

  @TextField({ description: 'the school\'s name', example: 'Utkramit Madhya Vidyalaya, Chakand' })
  schoolName!: string;

  @ApiPropertyOptional({ description: 'the school\'s 11-digit UDISE+ code', example: '10240305601' })
  @IsOptional()
  @Matches(/^\d{11}$/, { message: '$property must be the 11 digits of a UDISE+ code' })
  udiseCode?: string;

  @DistrictCodeField({ description: 'the school\'s district, in Bihar', example: 'BR-GAY', optional: true })
  schoolDistrict?: string;

  @OneOfField(ENROLMENT_SCHOOL_MANAGEMENTS, { description: 'who runs the school', example: 'government', optional: true })
  management?: EnrolmentSchoolManagement;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, description: 'the class enrolled in: required for a regular school', example: 6 })
  @ValidateIf((dto: SchoolEnrolmentRequestDto) => dto.kind === 'school' || dto.grade !== undefined)
  @IsInt()
  @Min(1)
  @Max(12)
  grade?: number;
}
