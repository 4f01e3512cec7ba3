import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISCHARGE_REASONS, FOUND_BY, TRANSFER_REASONS, type DischargeReason, type FoundBy, type TransferReason } from '@setu/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { FieldTime } from '../shared/field-time';
import { CareShelterHomeDto } from '../shared/shelter-home.dto';
import { Line, OneOf, OptionalLine, OptionalOneOf } from '../shared/text';

const OrderReference = (of: string, example: string) => Line(`the number of the Child Welfare Committee's ${of} order, as written on it`, example, 100);

export class AdmitToShelterDto {
  @FieldTime('when the child was admitted to the home', '2026-03-02T10:00:00+05:30')
  admittedAt!: string;

  @ApiProperty({ type: CareShelterHomeDto, description: 'the home the child was admitted to' })
  @ValidateNested()
  @Type(() => CareShelterHomeDto)
  home!: CareShelterHomeDto;

  @OrderReference('placement', 'CWC/JPR/2026/0412')
  cwcOrderReference!: string;
}

export class TransferBetweenHomesDto {
  @FieldTime('when the child moved to the new home', '2026-04-10T09:00:00+05:30')
  transferredAt!: string;

  @ApiProperty({ type: CareShelterHomeDto, description: 'the home the child left' })
  @ValidateNested()
  @Type(() => CareShelterHomeDto)
  fromHome!: CareShelterHomeDto;

  @ApiProperty({ type: CareShelterHomeDto, description: 'the home the child moved to' })
  @ValidateNested()
  @Type(() => CareShelterHomeDto)
  toHome!: CareShelterHomeDto;

  @OrderReference('transfer', 'CWC/JPR/2026/0733')
  cwcOrderReference!: string;

  @OptionalOneOf(TRANSFER_REASONS, 'why the committee moved the child', 'closer_to_home_state')
  reason?: TransferReason;
}

export class ReportMissingDto {
  @FieldTime('when the child was last seen in the home', '2026-04-20T20:30:00+05:30')
  lastSeenAt!: string;

  @ApiProperty({ description: 'whether the home reported the child missing to the police', example: true })
  @IsBoolean()
  reportedToPolice!: boolean;

  @OptionalLine('the police station the report was made at', 'Ramganj')
  policeStation?: string;

  @OptionalLine('the number of the missing-person report (DD or FIR number)', 'DD 27/2026', 100)
  policeReportReference?: string;
}

export class RecordFoundDto {
  @FieldTime('when the child was found', '2026-04-22T08:15:00+05:30')
  foundAt!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the missing report this ends (its id was returned when it was recorded); without it, the latest report still open when the child was found',
    example: '0195f4b2-1a07-7c3e-8f4d-2b6a9e0c7d13',
  })
  @IsOptional()
  @IsUUID()
  missingId?: string;

  @OneOf(FOUND_BY, 'who found the child', 'police')
  foundBy!: FoundBy;

  @ApiPropertyOptional({ description: 'where the child was found (identifying: encrypted with the child\'s key)', example: 'Jaipur Junction railway station', maxLength: 500 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  whereFound?: string;

  @ApiProperty({ description: 'whether the child came back to the home the child went missing from', example: true })
  @IsBoolean()
  returnedToShelter!: boolean;
}

export class DischargeFromShelterDto {
  @FieldTime('when the child left the home', '2026-06-01T07:00:00+05:30')
  dischargedAt!: string;

  @OneOf(DISCHARGE_REASONS, 'why the child left care', 'repatriation_to_home_state')
  reason!: DischargeReason;

  @OrderReference('discharge or repatriation', 'CWC/JPR/2026/1120')
  cwcOrderReference!: string;

  @ApiPropertyOptional({ description: 'where the child is going: a district code, e.g. the home district in Bihar', example: 'BR-GAY', pattern: '^[A-Z]{2}-[A-Z]{3}$' })
  @IsOptional()
  @Matches(/^[A-Z]{2}-[A-Z]{3}$/, { message: 'destinationDistrictCode must be a district code such as BR-GAY' })
  destinationDistrictCode?: string;
}
