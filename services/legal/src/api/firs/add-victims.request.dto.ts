import { ArrayUnique } from 'class-validator';
import { NestedField, ReportedTimeField, utc } from '@setu/service-kit';
import type { AddVictims } from '../../domain/fir/fir.commands';
import { VictimRequest } from './victim.request.dto';

export class AddVictimsRequest {
  @NestedField(() => VictimRequest, { description: 'the children to add, by case id', minItems: 1, maxItems: 200 })
  @ArrayUnique((v: VictimRequest) => v.caseId, { message: 'victims must not name a case twice' })
  victims!: VictimRequest[];

  @ReportedTimeField({ description: 'when they were named on the FIR', example: '2026-03-04T12:00:00+05:30', format: 'rfc3339' }) addedAt!: string;
}

export function addVictimsCommand(dto: AddVictimsRequest): AddVictims {
  const addedAt = utc(dto.addedAt);
  return { type: 'AddVictims', occurredAt: new Date(addedAt), data: { caseIds: dto.victims.map((v) => v.caseId), addedAt } };
}
