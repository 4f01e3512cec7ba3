import type { IdGenerator } from '@setu/platform';
import { ArrayUnique } from 'class-validator';
import type { RegisterFir } from '../../domain/fir/fir.commands';
import { ListOf, PastTime, SectionCodes, Text, utc } from '../shared/request-fields';
import { AccusedRequest, accusedInputs } from './accused.request.dto';
import { VictimRequest } from './victim.request.dto';

export class RegisterFirRequest {
  @Text('the FIR number as the police station wrote it', '0117/2026', { maxLength: 40 }) number!: string;
  @Text('the police station that registered it', 'Ramganj, Jaipur') policeStation!: string;
  @Text('district code of the police station (GET /reference/districts)', 'RJ-JPR', { maxLength: 10 }) district!: string;
  @PastTime('when it was registered', '2026-03-01T23:10:00+05:30') registeredAt!: string;
  @SectionCodes('the sections cited', ['BNS-143', 'JJA-79', 'CLPRA-3', 'BLSA-16']) sections!: string[];

  @ListOf(() => VictimRequest, 'the children named, by case id', { optional: true, max: 200 })
  @ArrayUnique((v: VictimRequest) => v.caseId, { message: 'victims must not name a case twice' })
  victims?: VictimRequest[];

  @ListOf(() => AccusedRequest, 'the accused named', { optional: true, max: 50 }) accused?: AccusedRequest[];
}

export function registerFirCommand(firId: string, dto: RegisterFirRequest, ids: IdGenerator): RegisterFir {
  const registeredAt = utc(dto.registeredAt);
  return {
    type: 'RegisterFir',
    occurredAt: new Date(registeredAt),
    data: {
      firId,
      number: dto.number,
      policeStation: dto.policeStation,
      district: dto.district,
      registeredAt,
      sections: [...dto.sections],
      victims: (dto.victims ?? []).map((v) => v.caseId),
      accused: accusedInputs(dto.accused ?? [], ids),
    },
  };
}
