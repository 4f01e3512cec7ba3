import { CUSTODY_STATUSES, type CustodyStatus } from '@setu/contracts';
import { OneOfField, ReportedTimeField, utc } from '@setu/service-kit';
import type { RecordAccusedStatus } from '../../domain/fir/fir.commands';

export class RecordAccusedStatusRequest {
  @OneOfField(CUSTODY_STATUSES, { description: 'the new custody status', example: 'arrested' }) status!: CustodyStatus;
  @ReportedTimeField({ description: 'since when', example: '2026-03-12T09:00:00+05:30', format: 'rfc3339' }) since!: string;
}

export function recordAccusedStatusCommand(accusedId: string, dto: RecordAccusedStatusRequest): RecordAccusedStatus {
  const since = utc(dto.since);
  return { type: 'RecordAccusedStatus', occurredAt: new Date(since), data: { accusedId, status: dto.status, since } };
}
