import { ApiPropertyOptional } from '@nestjs/swagger';
import { HEALTH_CHECK_PHASES, type HealthCheckPhase } from '@setu/contracts';
import { NestedField, OneOfField, TextField, UuidField } from '@setu/service-kit';
import { registerDecorator } from 'class-validator';
import { FieldTime } from '../shared/field-time';

const HEALTH_TEXT = 'identifying: health details are encrypted with the child\'s key';

export class HealthReferralDto {
  @TextField({ description: 'the specialty or facility the child is referred to', example: 'Dermatology OPD, SMS Hospital' })
  to!: string;

  @TextField({ description: `why (${HEALTH_TEXT})`, example: 'Fungal infection of both hands', maxLength: 1000, optional: true })
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
  @OneOfField(HEALTH_CHECK_PHASES, { description: 'injury report after rescue, periodic check in the home, or fit-to-travel certificate', example: 'periodic' })
  phase!: HealthCheckPhase;

  @FieldTime('when the child was examined', '2026-04-01T10:30:00+05:30')
  examinedAt!: string;

  @TextField({ description: 'the doctor, by name or designation (a professional acting in office)', example: 'Medical Officer, Satellite Hospital Ramganj' })
  examinedBy!: string;

  @TextField({ description: 'the hospital, health centre or home where the examination took place', example: 'Satellite Hospital, Ramganj, Jaipur' })
  facility!: string;

  @TextField({ description: `the summary of findings (${HEALTH_TEXT})`, example: 'Weight gained 2 kg since admission; skin lesions healing; anaemia under treatment', maxLength: 4000 })
  findings!: string;

  @NestedField(() => HealthReferralDto, { description: 'referrals made; none when absent', maxItems: 20, optional: true })
  referrals?: HealthReferralDto[];

  @ApiPropertyOptional({ description: 'the certificate\'s verdict: required for the fit_to_travel phase, absent for the others', example: true })
  @PresentExactlyForFitToTravel()
  fitToTravel?: boolean;

  @TextField({ description: 'the number of the report or certificate', example: 'SHR/2026/0318', maxLength: 100, optional: true })
  certificateNumber?: string;

  @UuidField({ description: 'the scanned report or certificate: a document of the documentation service', example: '0195f4c0-5e4b-7072-8d81-6faee2a4b157', optional: true })
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
