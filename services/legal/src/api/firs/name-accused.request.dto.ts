import type { IdGenerator } from '@setu/platform';
import { NestedField, ReportedTimeField, utc } from '@setu/service-kit';
import type { NameAccused } from '../../domain/fir/fir.commands';
import { AccusedRequest, accusedInputs } from './accused.request.dto';

export class NameAccusedRequest {
  @NestedField(() => AccusedRequest, { description: 'the accused to add to the FIR', minItems: 1, maxItems: 50 }) accused!: AccusedRequest[];
  @ReportedTimeField({ description: 'when the investigation named them', example: '2026-03-10T16:00:00+05:30', format: 'rfc3339' }) namedAt!: string;
}

export function nameAccusedCommand(dto: NameAccusedRequest, ids: IdGenerator): NameAccused {
  const namedAt = utc(dto.namedAt);
  return { type: 'NameAccused', occurredAt: new Date(namedAt), data: { accused: accusedInputs(dto.accused, ids), namedAt } };
}
