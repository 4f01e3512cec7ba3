import { AGENCY_KIND_CODES, EVIDENCE_KINDS, type AgencyKindCode, type EvidenceKind } from '@setu/contracts';
import { IntField, NestedField, OneOfField, ReportedTimeField, TextField } from '@setu/service-kit';

export class EvidenceItemDto {
  @OneOfField(EVIDENCE_KINDS, { description: 'the item of the evidence checklist', example: 'wage_or_attendance_records' })
  kind!: EvidenceKind;

  @TextField({ description: 'what was collected; may identify people', example: 'attendance register, 2 notebooks', maxLength: 2000, optional: true })
  description?: string;

  @IntField({ description: 'how many', example: 2, min: 1, max: 100000, optional: true })
  quantity?: number;
}

export class RecordEvidenceRequestDto {
  @ReportedTimeField({ description: 'when the evidence was collected', example: '2026-03-10T11:00:00+05:30' })
  collectedAt!: string;

  @OneOfField(AGENCY_KIND_CODES, { description: 'the agency that collected it', example: 'ahtu' })
  collectedBy!: AgencyKindCode;

  @NestedField(() => EvidenceItemDto, { description: 'the checklist items collected', minItems: 1, maxItems: 50 })
  items!: EvidenceItemDto[];
}
