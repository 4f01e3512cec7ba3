import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { Home } from '../../domain';
import { defined, Line, OptionalLine } from './text';

export class CareShelterHomeDto {
  @Line('the home or Child Care Institution', 'Rajkiya Bal Griha, Jaipur')
  name!: string;

  @ApiProperty({ description: 'its district (reference districts; a home of Rajasthan)', example: 'RJ-JPR', pattern: '^[A-Z]{2}-[A-Z]{3}$' })
  @Matches(/^[A-Z]{2}-[A-Z]{3}$/, { message: 'districtCode must be a district code such as RJ-JPR' })
  districtCode!: string;

  @OptionalLine('its registration under JJ Act 2015 s.41', 'RJ/JPR/CCI/2017/014')
  registrationNumber?: string;
}

export function homeOf(dto: CareShelterHomeDto): Home {
  return defined({ name: dto.name.trim(), districtCode: dto.districtCode, registrationNumber: dto.registrationNumber?.trim() });
}
