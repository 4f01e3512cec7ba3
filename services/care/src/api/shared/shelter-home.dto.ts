import { defined, DistrictCodeField, TextField } from '@setu/service-kit';
import type { Home } from '../../domain';

export class CareShelterHomeDto {
  @TextField({ description: 'the home or Child Care Institution', example: 'Rajkiya Bal Griha, Jaipur' })
  name!: string;

  @DistrictCodeField({ description: 'its district (a home of Rajasthan)', example: 'RJ-JPR' })
  districtCode!: string;

  @TextField({ description: 'its registration under JJ Act 2015 s.41', example: 'RJ/JPR/CCI/2017/014', optional: true })
  registrationNumber?: string;
}

export function homeOf(dto: CareShelterHomeDto): Home {
  return defined({ name: dto.name.trim(), districtCode: dto.districtCode, registrationNumber: dto.registrationNumber?.trim() });
}
