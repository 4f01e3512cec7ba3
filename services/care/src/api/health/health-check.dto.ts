import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HEALTH_CHECK_PHASES, type HealthCheckPhase } from '@setu/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested, registerDecorator } from 'class-validator';
import { FieldTime } from '../shared/field-time';
import { Line, OneOf, OptionalDocumentId, OptionalLine } from '../shared/text';

const HEALTH_TEXT = 'identifying: health details are encrypted with the child\'s key';

export class HealthReferralDto {
  @Line('the specialty or facility the child is referred to', 'Dermatology OPD, SMS Hospital')
  to!: string;

  @ApiPropertyOptional({ description: `why (${HEALTH_TEXT})`, example: 'Fungal infection of both hands', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}

/** The certificate's verdict belongs to the fit-to-travel phase, and only to it. */
function PresentExactlyForFitToTravel(): PropertyDecorator {
  return (target: object, propertyName: string | symbol): void => {
    registerDecorator({
      name: 'presentExactlyForFitToTravel',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'fitToTravel must be true or false for the fit_to_travel phase, and absent for the others' },
      validator: {
        validate(value: unknown, args): boolean {
          const { phase } = args?.object as { phase?: unknown };
          return phase === 'fit_to_travel' ? typeof value === 'boolean' : value === undefined;
        },
      },
    });
  };
}

export class CareHealthCheckDto {
  @OneOf(HEALTH_CHECK_PHASES, 'injury report after rescue, periodic check in the home, or fit-to-travel certificate', 'periodic')
  phase!: HealthCheckPhase;

  @FieldTime('when the child was examined', '2026-04-01T10:30:00+05:30')
  examinedAt!: string;

  @Line('the doctor, by name or designation (a professional acting in office)', 'Medical Officer, Satellite Hospital Ramganj')
  examinedBy!: string;

  @Line('the hospital, health centre or home where the examination took place', 'Satellite Hospital, Ramganj, Jaipur')
  facility!: string;

  @ApiProperty({ description: `the summary of findings (${HEALTH_TEXT})`, example: 'Weight gained 2 kg since admission; skin lesions healing; anaemia under treatment', maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  findings!: string;

  @ApiPropertyOptional({ type: [HealthReferralDto], description: 'referrals made; none when absent' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => HealthReferralDto)
  referrals?: HealthReferralDto[];

  @ApiPropertyOptional({ description: 'the certificate\'s verdict: required for the fit_to_travel phase, absent for the others', example: true })
  @PresentExactlyForFitToTravel()
  fitToTravel?: boolean;

  @OptionalLine('the number of the report or certificate', 'SHR/2026/0318', 100)
  certificateNumber?: string;

  @OptionalDocumentId('the scanned report or certificate', '0195f4c0-5e4b-7072-8d81-6faee2a4b157')
  reportDocumentId?: string;
}

export const HEALTH_CHECK_EXAMPLE = {
  phase: 'periodic',
  examinedAt: '2026-04-01T10:30:00+05:30',
  examinedBy: 'Medical Officer, Satellite Hospital Ramganj',
  facility: 'Satellite Hospital, Ramganj, Jaipur',
  findings: 'Weight gained 2 kg since admission; skin lesions healing; anaemia under treatment',
  referrals: [{ to: 'Dermatology OPD, SMS Hospital', reason: 'Fungal infection of both hands' }],
  certificateNumber: 'SHR/2026/0318',
  reportDocumentId: '0195f4c0-5e4b-7072-8d81-6faee2a4b157',
};
