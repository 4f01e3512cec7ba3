import { ArrayUnique } from 'class-validator';
import type { AddVictims } from '../../domain/fir/fir.commands';
import { ListOf, PastTime, utc } from '../shared/request-fields';
import { VictimRequest } from './victim.request.dto';

export class AddVictimsRequest {
  @ListOf(() => VictimRequest, 'the children to add, by case id', { min: 1, max: 200 })
  @ArrayUnique((v: VictimRequest) => v.caseId, { message: 'victims must not name a case twice' })
  victims!: VictimRequest[];

  @PastTime('when they were named on the FIR', '2026-03-04T12:00:00+05:30') addedAt!: string;
}

export function addVictimsCommand(dto: AddVictimsRequest): AddVictims {
  const addedAt = utc(dto.addedAt);
  return { type: 'AddVictims', occurredAt: new Date(addedAt), data: { caseIds: dto.victims.map((v) => v.caseId), addedAt } };
}
