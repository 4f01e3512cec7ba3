import { ReportedTimeField, TextField, utc } from '@setu/service-kit';
import type { RecordSummonsKnownToNgo } from '../../domain/fir/fir.commands';

export class RecordSummonsKnownToNgoRequest {
  @ReportedTimeField({ description: 'when the child\'s NGO learned of the summons', example: '2026-09-05T10:00:00+05:30', format: 'rfc3339' }) learnedAt!: string;
  @TextField({ description: 'the NGO', example: 'Synthetic Jan Sahayata Kendra, Gaya', trim: true }) organisation!: string;
}

export function recordSummonsKnownToNgoCommand(summonsId: string, dto: RecordSummonsKnownToNgoRequest): RecordSummonsKnownToNgo {
  const learnedAt = utc(dto.learnedAt);
  return { type: 'RecordSummonsKnownToNgo', occurredAt: new Date(learnedAt), data: { summonsId, learnedAt, organisation: dto.organisation } };
}
