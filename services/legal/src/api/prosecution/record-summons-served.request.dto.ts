import type { RecordSummonsServed } from '../../domain/fir/fir.commands';
import { PastTime, utc } from '../shared/request-fields';

export class RecordSummonsServedRequest {
  @PastTime('when it was served on the child or family', '2026-09-12T15:00:00+05:30') servedAt!: string;
}

export function recordSummonsServedCommand(summonsId: string, dto: RecordSummonsServedRequest): RecordSummonsServed {
  const servedAt = utc(dto.servedAt);
  return { type: 'RecordSummonsServed', occurredAt: new Date(servedAt), data: { summonsId, servedAt } };
}
