import { BooleanField, ReportedTimeField, TextField } from '@setu/service-kit';

export class RecordMedicalExaminationRequestDto {
  @ReportedTimeField({ description: 'when the child was examined', example: '2026-03-10T15:30:00+05:30' })
  examinedAt!: string;

  @TextField({ description: 'where: hospital or health centre', example: 'District Hospital, Jaipur' })
  facility!: string;

  @TextField({ description: 'by whom: doctor (name or designation)', example: 'Medical officer on duty' })
  examinedBy!: string;

  @BooleanField({ description: 'whether the report records injuries', example: true, optional: true })
  injuriesRecorded?: boolean;

  @TextField({ description: 'number of the injury or medical report', example: 'MLC/2026/0311', optional: true })
  reportReference?: string;
}
