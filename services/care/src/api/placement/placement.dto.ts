import { DISCHARGE_REASONS, FOUND_BY, TRANSFER_REASONS, type DischargeReason, type FoundBy, type TransferReason } from '@setu/contracts';
import { BooleanField, DistrictCodeField, NestedField, OneOfField, TextField, UuidField } from '@setu/service-kit';
import { FieldTime } from '../shared/field-time';
import { CareShelterHomeDto } from '../shared/shelter-home.dto';

const OrderReference = (of: string, example: string) =>
  TextField({ description: `the number of the Child Welfare Committee's ${of} order, as written on it`, example, maxLength: 100 });

export class AdmitToShelterDto {
  @FieldTime('when the child was admitted to the home', '2026-03-02T10:00:00+05:30')
  admittedAt!: string;

  @NestedField(() => CareShelterHomeDto, { description: 'the home the child was admitted to' })
  home!: CareShelterHomeDto;

  @OrderReference('placement', 'CWC/JPR/2026/0412')
  cwcOrderReference!: string;
}

export class TransferBetweenHomesDto {
  @FieldTime('when the child moved to the new home', '2026-04-10T09:00:00+05:30')
  transferredAt!: string;

  @NestedField(() => CareShelterHomeDto, { description: 'the home the child left' })
  fromHome!: CareShelterHomeDto;

  @NestedField(() => CareShelterHomeDto, { description: 'the home the child moved to' })
  toHome!: CareShelterHomeDto;

  @OrderReference('transfer', 'CWC/JPR/2026/0733')
  cwcOrderReference!: string;

  @OneOfField(TRANSFER_REASONS, { description: 'why the committee moved the child', example: 'closer_to_home_state', optional: true })
  reason?: TransferReason;
}

export class ReportMissingDto {
  @FieldTime('when the child was last seen in the home', '2026-04-20T20:30:00+05:30')
  lastSeenAt!: string;

  @BooleanField({ description: 'whether the home reported the child missing to the police', example: true })
  reportedToPolice!: boolean;

  @TextField({ description: 'the police station the report was made at', example: 'Ramganj', optional: true })
  policeStation?: string;

  @TextField({ description: 'the number of the missing-person report (DD or FIR number)', example: 'DD 27/2026', maxLength: 100, optional: true })
  policeReportReference?: string;
}

export class RecordFoundDto {
  @FieldTime('when the child was found', '2026-04-22T08:15:00+05:30')
  foundAt!: string;

  @UuidField({
    description: 'the missing report this ends (its id was returned when it was recorded); without it, the latest report still open when the child was found',
    example: '0195f4b2-1a07-7c3e-8f4d-2b6a9e0c7d13',
    optional: true,
  })
  missingId?: string;

  @OneOfField(FOUND_BY, { description: 'who found the child', example: 'police' })
  foundBy!: FoundBy;

  @TextField({ description: 'where the child was found (identifying: encrypted with the child\'s key)', example: 'Jaipur Junction railway station', maxLength: 500, optional: true })
  whereFound?: string;

  @BooleanField({ description: 'whether the child came back to the home the child went missing from', example: true })
  returnedToShelter!: boolean;
}

export class DischargeFromShelterDto {
  @FieldTime('when the child left the home', '2026-06-01T07:00:00+05:30')
  dischargedAt!: string;

  @OneOfField(DISCHARGE_REASONS, { description: 'why the child left care', example: 'repatriation_to_home_state' })
  reason!: DischargeReason;

  @OrderReference('discharge or repatriation', 'CWC/JPR/2026/1120')
  cwcOrderReference!: string;

  @DistrictCodeField({ description: 'where the child is going, e.g. the home district in Bihar', example: 'BR-GAY', optional: true })
  destinationDistrictCode?: string;
}
