import { AGENCY_KIND_CODES, type AgencyKindCode } from '@setu/contracts';
import { BooleanField, OneOfField, ReportedTimeField, TextField } from '@setu/service-kit';
import { ValidateIf } from 'class-validator';

export class RecordPremisesSealingRequestDto {
  @BooleanField({ description: 'whether the workshop was sealed', example: true })
  sealed!: boolean;

  @ReportedTimeField({ description: 'when it was sealed, or when the team left it unsealed', example: '2026-03-10T14:00:00+05:30' })
  at!: string;

  @ValidateIf((dto: RecordPremisesSealingRequestDto) => dto.sealed === true || dto.sealedBy !== undefined)
  @OneOfField(AGENCY_KIND_CODES, { description: 'the agency that sealed it (required when sealed)', example: 'labour_department' })
  sealedBy?: AgencyKindCode;

  @TextField({ description: 'the number of the sealing order', example: 'LD/JPR/2026/117', optional: true })
  orderReference?: string;

  @TextField({ description: 'why it was not sealed (when not sealed)', example: 'no order from the SDM', maxLength: 2000, optional: true })
  reason?: string;
}
