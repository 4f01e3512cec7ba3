import { APPELLANTS, type Appellant } from '@setu/contracts';
import type { FileAppeal } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';
import { IdList, OneOf, PastTime, Text, utc } from '../shared/request-fields';

export class FileAppealRequest {
  @PastTime('when the appeal was filed', '2026-11-10T11:00:00+05:30') filedAt!: string;
  @Text('the appellate court', 'High Court of Judicature for Rajasthan, Jaipur Bench') court!: string;
  @OneOf(APPELLANTS, 'who appealed', 'accused') appellant!: Appellant;
  @IdList('the accused whose judgment is appealed', [EXAMPLE.accusedId], { min: 1 }) accusedIds!: string[];
}

export function fileAppealCommand(appealId: string, dto: FileAppealRequest): FileAppeal {
  const filedAt = utc(dto.filedAt);
  return { type: 'FileAppeal', occurredAt: new Date(filedAt), data: { appealId, filedAt, court: dto.court, appellant: dto.appellant, accusedIds: [...dto.accusedIds] } };
}
