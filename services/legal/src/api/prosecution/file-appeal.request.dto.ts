import { APPELLANTS, type Appellant } from '@setu/contracts';
import { OneOfField, ReportedTimeField, TextField, utc, UuidListField } from '@setu/service-kit';
import type { FileAppeal } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';

export class FileAppealRequest {
  @ReportedTimeField({ description: 'when the appeal was filed', example: '2026-11-10T11:00:00+05:30', format: 'rfc3339' }) filedAt!: string;
  @TextField({ description: 'the appellate court', example: 'High Court of Judicature for Rajasthan, Jaipur Bench', trim: true }) court!: string;
  @OneOfField(APPELLANTS, { description: 'who appealed', example: 'accused' }) appellant!: Appellant;
  @UuidListField({ description: 'the accused whose judgment is appealed', example: [EXAMPLE.accusedId], minItems: 1, maxItems: 100 }) accusedIds!: string[];
}

export function fileAppealCommand(appealId: string, dto: FileAppealRequest): FileAppeal {
  const filedAt = utc(dto.filedAt);
  return { type: 'FileAppeal', occurredAt: new Date(filedAt), data: { appealId, filedAt, court: dto.court, appellant: dto.appellant, accusedIds: [...dto.accusedIds] } };
}
