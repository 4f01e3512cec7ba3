import type { IdGenerator } from '@setu/platform';
import type { NameAccused } from '../../domain/fir/fir.commands';
import { ListOf, PastTime, utc } from '../shared/request-fields';
import { AccusedRequest, accusedInputs } from './accused.request.dto';

export class NameAccusedRequest {
  @ListOf(() => AccusedRequest, 'the accused to add to the FIR', { min: 1, max: 50 }) accused!: AccusedRequest[];
  @PastTime('when the investigation named them', '2026-03-10T16:00:00+05:30') namedAt!: string;
}

export function nameAccusedCommand(dto: NameAccusedRequest, ids: IdGenerator): NameAccused {
  const namedAt = utc(dto.namedAt);
  return { type: 'NameAccused', occurredAt: new Date(namedAt), data: { accused: accusedInputs(dto.accused, ids), namedAt } };
}
