import { ApiPropertyOptional } from '@nestjs/swagger';
import { CWC_ORDER_KINDS, type CwcOrderKind } from '@setu/contracts';
import { DistrictCodeField, OneOfField, ReportedTimeField, TextField } from '@setu/service-kit';
import { Type } from 'class-transformer';
import { IsDefined, ValidateIf, ValidateNested } from 'class-validator';

export class ShelterHomeDto {
  @TextField({ description: 'the home or Child Care Institution', example: 'Government Children\'s Home, Jaipur' })
  name!: string;

  @DistrictCodeField({ description: 'its district', example: 'RJ-JPR' })
  districtCode!: string;
}

export class RecordCwcOrderRequestDto {
  @ReportedTimeField({ description: 'when the committee passed the order', example: '2026-03-11T17:30:00+05:30' })
  orderedAt!: string;

  @DistrictCodeField({ description: 'district of the Child Welfare Committee', example: 'RJ-JPR' })
  cwcDistrictCode!: string;

  @OneOfField(CWC_ORDER_KINDS, { description: 'what the committee ordered', example: 'shelter_placement' })
  order!: CwcOrderKind;

  @ApiPropertyOptional({ type: ShelterHomeDto, description: 'the home the child is placed in; required for a shelter placement' })
  @ValidateIf((dto: RecordCwcOrderRequestDto) => dto.order === 'shelter_placement' || dto.shelterHome !== undefined)
  @IsDefined()
  @ValidateNested()
  @Type(() => ShelterHomeDto)
  shelterHome?: ShelterHomeDto;

  @TextField({ description: 'number of the order', example: 'CWC/JPR/2026/388', optional: true })
  orderReference?: string;
}
