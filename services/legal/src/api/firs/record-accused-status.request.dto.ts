import { CUSTODY_STATUSES, type CustodyStatus } from '@setu/contracts';
import type { RecordAccusedStatus } from '../../domain/fir/fir.commands';
import { OneOf, PastTime, utc } from '../shared/request-fields';

export class RecordAccusedStatusRequest {
  @OneOf(CUSTODY_STATUSES, 'the new custody status', 'arrested') status!: CustodyStatus;
  @PastTime('since when', '2026-03-12T09:00:00+05:30') since!: string;
}

export function recordAccusedStatusCommand(accusedId: string, dto: RecordAccusedStatusRequest): RecordAccusedStatus {
  const since = utc(dto.since);
  return { type: 'RecordAccusedStatus', occurredAt: new Date(since), data: { accusedId, status: dto.status, since } };
}
