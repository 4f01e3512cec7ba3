import { ReportedTimeField, TextField } from '@setu/service-kit';

export class RecordCounsellorAttendedRequestDto {
  @ReportedTimeField({ description: 'when the counsellor saw the child', example: '2026-03-10T12:30:00+05:30' })
  attendedAt!: string;

  @TextField({ description: 'the counsellor (name or designation)', example: 'Counsellor A. Sharma' })
  counsellor!: string;

  @TextField({ description: 'the panel or organisation', example: 'DCR counsellor panel', optional: true })
  organisation?: string;
}
