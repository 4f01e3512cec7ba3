import {
  AGENCY_KIND_CODES,
  BATCH_REMOVAL_REASONS,
  REPATRIATION_TRANSPORT_MODES,
  type AgencyKindCode,
  type BatchRemovalReason,
  type RepatriationTransportMode,
} from '@setu/contracts';
import { DistrictCodeField, IntField, NestedField, OneOfField, TextField, UuidField, UuidListField } from '@setu/service-kit';
import { EXAMPLE } from '../shared/examples';
import { DayOrTimeField, PlannedDayOrTimeField, SummaryField } from '../shared/fields';

export class EscortDto {
  @OneOfField(AGENCY_KIND_CODES, { description: 'the kind of escorting agency', example: 'sjpu' })
  agencyKind!: AgencyKindCode;

  @TextField({ description: 'the escorting agency', example: 'SJPU Jaipur (East)' })
  agencyName!: string;

  @IntField({ description: 'how many escorts travel', example: 3, min: 1, max: 50, optional: true })
  escorts?: number;
}

export class PlanBatchRequestDto {
  @UuidListField({ description: 'the children to travel together, by case', example: [EXAMPLE.caseId, EXAMPLE.otherCaseId], maxItems: 100 })
  caseIds!: string[];

  @TextField({ description: 'the sending authority\'s reference for the batch', example: 'CWC-JPR/REP/2026/14', optional: true })
  reference?: string;

  @DistrictCodeField({ description: 'where the batch leaves from', example: 'RJ-JPR' })
  fromDistrict!: string;

  @NestedField(() => EscortDto, { description: 'who escorts the children' })
  escort!: EscortDto;

  @OneOfField(REPATRIATION_TRANSPORT_MODES, { description: 'how the batch travels', example: 'train' })
  transport!: RepatriationTransportMode;

  @PlannedDayOrTimeField({ description: 'when the batch is planned to leave', example: '2026-04-15T16:10:00+05:30' })
  plannedDepartureAt!: string;
}

export class AddChildRequestDto {
  @UuidField({ description: 'the child\'s case', example: EXAMPLE.otherCaseId })
  caseId!: string;

  @DayOrTimeField({ description: 'when the child was added; now when absent', example: '2026-04-10T11:00:00+05:30', optional: true })
  addedAt?: string;
}

export class RemoveChildRequestDto {
  @OneOfField(BATCH_REMOVAL_REASONS, { description: 'why the child is taken off the batch', example: 'statement_pending' })
  reason!: BatchRemovalReason;

  @DayOrTimeField({ description: 'when the child was taken off; now when absent', example: '2026-04-12T11:00:00+05:30', optional: true })
  removedAt?: string;

  @SummaryField('The statement before the magistrate is set for 20 April; the child travels with the next batch.', 'the circumstances')
  summary?: string;
}

export class RescheduleDepartureRequestDto {
  @PlannedDayOrTimeField({ description: 'the new planned departure', example: '2026-04-16T16:10:00+05:30' })
  plannedDepartureAt!: string;

  @TextField({ description: 'why', example: 'escort not available on the 15th', optional: true })
  reason?: string;
}

export class RecordDepartureRequestDto {
  @DayOrTimeField({ description: 'when the batch actually left', example: '2026-04-16T16:25:00+05:30' })
  departedAt!: string;
}

export class RecordArrivalRequestDto {
  @DayOrTimeField({ description: 'when the batch arrived', example: '2026-04-17T19:40:00+05:30' })
  arrivedAt!: string;

  @DistrictCodeField({ description: 'where it arrived, in Bihar', example: 'BR-PAT' })
  arrivalDistrict!: string;
}

export class RecordHandoverRequestDto {
  @DayOrTimeField({ description: 'when the child was handed over', example: '2026-04-17T21:00:00+05:30' })
  handedOverAt!: string;

  @TextField({ description: 'the office that received the child', example: 'Social Welfare Dept., Bihar, Patna (Bal Sanrakshan Ikai)' })
  receivingOffice!: string;

  @DistrictCodeField({ description: 'the district of that office, in Bihar', example: 'BR-PAT' })
  receivingDistrict!: string;

  @TextField({ description: 'the receiving officer\'s designation', example: 'Assistant Director, DCPU Patna', optional: true })
  receivedByDesignation?: string;
}
