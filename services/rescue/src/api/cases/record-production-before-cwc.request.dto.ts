import { DistrictCodeField, ReportedTimeField, TextField } from '@setu/service-kit';

export class RecordProductionBeforeCwcRequestDto {
  @ReportedTimeField({
    description: 'when the child was produced (within 24 h of the rescue by law; later is recorded and reported as a gap)',
    example: '2026-03-11T16:30:00+05:30',
  })
  producedAt!: string;

  @DistrictCodeField({ description: 'district of the Child Welfare Committee', example: 'RJ-JPR' })
  cwcDistrictCode!: string;

  @TextField({ description: 'which committee or bench', example: 'CWC Jaipur I', optional: true })
  cwcName?: string;
}
