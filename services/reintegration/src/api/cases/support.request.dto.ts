import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ENTITLEMENT_KINDS,
  LIVELIHOOD_SUPPORT_KINDS,
  SUPPORT_BENEFICIARIES,
  type EntitlementKind,
  type LivelihoodSupportKind,
  type SupportBeneficiary,
} from '@setu/contracts';
import { IntField, MaskedNumberField, OneOfField, TextField } from '@setu/service-kit';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { DayOrTimeField, SummaryField } from '../shared/fields';

/** What the thing is when its kind is `other`: then required. */
function OtherKind(example: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: 'what it is: required when kind is other', example, maxLength: 200 }),
    ValidateIf((dto: { kind?: string; otherKind?: string }) => dto.kind === 'other' || dto.otherKind !== undefined),
    IsString(),
    IsNotEmpty(),
    MaxLength(200),
  );
}

export class ApplyForEntitlementRequestDto {
  @DayOrTimeField({ description: 'when the application was made', example: '2026-05-20' })
  appliedAt!: string;

  @OneOfField(ENTITLEMENT_KINDS, { description: 'the entitlement applied for', example: 'health_insurance' })
  kind!: EntitlementKind;

  @OtherKind('Kanya Utthan scholarship')
  otherKind?: string;

  @TextField({ description: 'the scheme by name', example: 'Ayushman Bharat PM-JAY', optional: true })
  scheme?: string;

  @OneOfField(SUPPORT_BENEFICIARIES, { description: 'who it is for', example: 'household' })
  beneficiary!: SupportBeneficiary;

  @TextField({ description: 'the application\'s number', example: 'PMJAY/BR/GAY/2026/55821', optional: true })
  applicationNumber?: string;
}

export class EntitlementReceivedRequestDto {
  @DayOrTimeField({ description: 'when the card, benefit or first payment was received', example: '2026-07-10' })
  receivedAt!: string;

  @IntField({ description: 'the amount received, for a payment, in whole rupees', example: 400, min: 0, optional: true })
  amountRupees?: number;

  @MaskedNumberField({ description: 'the card or document number, masked but for its last four digits', example: 'XXXX-XXXX-4821', optional: true })
  documentNumberMasked?: string;
}

export class LivelihoodSupportRequestDto {
  @DayOrTimeField({ description: 'when the support was given or began', example: '2026-07-01' })
  providedAt!: string;

  @OneOfField(LIVELIHOOD_SUPPORT_KINDS, { description: 'the kind of support', example: 'productive_asset' })
  kind!: LivelihoodSupportKind;

  @OtherKind('bicycle for the commute to the training centre')
  otherKind?: string;

  @TextField({ description: 'who provided it', example: 'Gaya Bal Suraksha Manch' })
  provider!: string;

  @OneOfField(SUPPORT_BENEFICIARIES, { description: 'who it is for', example: 'household' })
  beneficiary!: SupportBeneficiary;

  @IntField({ description: 'its value in whole rupees', example: 12000, min: 0, optional: true })
  amountRupees?: number;

  @SummaryField('Two goats for the mother, with training from the block livestock officer.', 'what was provided')
  summary?: string;
}
