import { ReportedTimeField, utc } from '@setu/service-kit';
import type { RecordSummonsServed } from '../../domain/fir/fir.commands';

export class RecordSummonsServedRequest {
  @ReportedTimeField({ description: 'when it was served on the child or family', example: '2026-09-12T15:00:00+05:30', format: 'rfc3339' }) servedAt!: string;
}

export function recordSummonsServedCommand(summonsId: string, dto: RecordSummonsServedRequest): RecordSummonsServed {
  const servedAt = utc(dto.servedAt);
  return { type: 'RecordSummonsServed', occurredAt: new Date(servedAt), data: { summonsId, servedAt } };
}
