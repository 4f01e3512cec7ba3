import type { IdGenerator } from '@setu/platform';
import { NestedField, ReportedTimeField, TextField, utc } from '@setu/service-kit';
import { ArrayUnique } from 'class-validator';
import type { RegisterFir } from '../../domain/fir/fir.commands';
import { SectionCodes } from '../shared/request-fields';
import { AccusedRequest, accusedInputs } from './accused.request.dto';
import { VictimRequest } from './victim.request.dto';

export class RegisterFirRequest {
  @TextField({ description: 'the FIR number as the police station wrote it', example: '0117/2026', maxLength: 40, trim: true }) number!: string;
  @TextField({ description: 'the police station that registered it', example: 'Ramganj, Jaipur', trim: true }) policeStation!: string;
  @TextField({ description: 'district code of the police station (GET /reference/districts)', example: 'RJ-JPR', maxLength: 10, trim: true }) district!: string;
  @ReportedTimeField({ description: 'when it was registered', example: '2026-03-01T23:10:00+05:30', format: 'rfc3339' }) registeredAt!: string;
  @SectionCodes('the sections cited', ['BNS-143', 'JJA-79', 'CLPRA-3', 'BLSA-16']) sections!: string[];

  @NestedField(() => VictimRequest, { description: 'the children named, by case id', optional: true, maxItems: 200 })
  @ArrayUnique((v: VictimRequest) => v.caseId, { message: 'victims must not name a case twice' })
  victims?: VictimRequest[];

  @NestedField(() => AccusedRequest, { description: 'the accused named', optional: true, maxItems: 50 }) accused?: AccusedRequest[];
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
