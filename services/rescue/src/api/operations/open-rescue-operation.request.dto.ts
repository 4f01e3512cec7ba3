import { AGENCY_KIND_CODES, INFORMATION_CHANNELS, type AgencyKindCode, type InformationChannel } from '@setu/contracts';
import { DistrictCodeField, IntField, NestedField, OneOfField, ReportedTimeField, TextField } from '@setu/service-kit';

export class TeamMemberDto {
  @OneOfField(AGENCY_KIND_CODES, { description: 'the kind of agency (GET /reference/agencies)', example: 'ahtu' })
  agency!: AgencyKindCode;

  @TextField({ description: 'the unit or organisation', example: 'AHTU Jaipur', optional: true })
  organisation?: string;

  @IntField({ description: 'how many of its people took part', example: 6, min: 1, max: 500, optional: true })
  members?: number;
}

export class InformedByDto {
  @OneOfField(INFORMATION_CHANNELS, { description: 'how the team learned of the workshop', example: 'ngo' })
  channel!: InformationChannel;

  @TextField({
    description: 'what the information said; identifying, stored encrypted',
    example: 'A returned child said boys from Gaya work in a bangle workshop in Ramganj.',
    maxLength: 2000,
    optional: true,
  })
  details?: string;
}

export class OpenRescueOperationRequestDto {
  @DistrictCodeField({ description: 'district of the workshop; the state follows from it', example: 'RJ-JPR' })
  districtCode!: string;

  @TextField({ description: 'police station whose area the workshop is in', example: 'Ramganj' })
  policeStation!: string;

  @TextField({
    description: 'address of the workshop as in the raid record; identifying, stored encrypted',
    example: 'House 12, Example Lane, Ramganj Bazaar, Jaipur',
    maxLength: 500,
  })
  workshopAddress!: string;

  @ReportedTimeField({ description: 'when the raid began', example: '2026-03-10T10:00:00+05:30' })
  startedAt!: string;

  @NestedField(() => TeamMemberDto, { description: 'the raid team by agency', minItems: 1, maxItems: 30 })
  team!: TeamMemberDto[];

  @OneOfField(AGENCY_KIND_CODES, { description: 'the agency that led the raid; one of the team', example: 'ahtu' })
  leadAgency!: AgencyKindCode;

  @NestedField(() => InformedByDto, { description: 'how the rescue was informed' })
  informedBy!: InformedByDto;

  @IntField({ description: 'how many children the information spoke of', example: 25, min: 0, max: 10000, optional: true })
  childrenReported?: number;
}
