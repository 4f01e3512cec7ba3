import type { RecordSummonsKnownToNgo } from '../../domain/fir/fir.commands';
import { PastTime, Text, utc } from '../shared/request-fields';

export class RecordSummonsKnownToNgoRequest {
  @PastTime('when the child\'s NGO learned of the summons', '2026-09-05T10:00:00+05:30') learnedAt!: string;
  @Text('the NGO', 'Synthetic Jan Sahayata Kendra, Gaya') organisation!: string;
}

export function recordSummonsKnownToNgoCommand(summonsId: string, dto: RecordSummonsKnownToNgoRequest): RecordSummonsKnownToNgo {
  const learnedAt = utc(dto.learnedAt);
  return { type: 'RecordSummonsKnownToNgo', occurredAt: new Date(learnedAt), data: { summonsId, learnedAt, organisation: dto.organisation } };
}
