import { ReportedTimeField } from '@setu/service-kit';

export class CloseRescueOperationRequestDto {
  @ReportedTimeField({ description: 'when the team left the scene', example: '2026-03-10T14:30:00+05:30' })
  closedAt!: string;
}
