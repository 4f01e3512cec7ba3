import { ApiPropertyOptional } from '@nestjs/swagger';
import { BANK_ACCOUNT_HOLDERS, type BankAccountHolder } from '@setu/contracts';
import { MaskedNumberField, OneOfField, TextField, UuidField } from '@setu/service-kit';
import { IsOptional, Matches } from 'class-validator';
import { FieldTime } from '../shared/field-time';

export class CareBankAccountDto {
  @FieldTime('when the account was opened', '2026-04-02T12:00:00+05:30')
  openedAt!: string;

  @TextField({ description: 'the bank', example: 'State Bank of India' })
  bank!: string;

  @TextField({ description: 'the branch', example: 'Johari Bazar, Jaipur' })
  branch!: string;

  @ApiPropertyOptional({ description: 'the branch\'s IFSC code', example: 'SBIN0031234', pattern: '^[A-Z]{4}0[A-Z0-9]{6}$' })
  @IsOptional()
  @Matches(/^[A-Z]{4}0[A-Z0-9]{6}$/, { message: 'ifsc must be an IFSC code such as SBIN0031234' })
  ifsc?: string;

  @OneOfField(BANK_ACCOUNT_HOLDERS, { description: 'in the child\'s name, or jointly with a guardian', example: 'joint_with_guardian' })
  holder!: BankAccountHolder;

  @MaskedNumberField({
    description: 'the account number masked: only its last 4 digits may be present (the full number is refused, never stored)',
    example: 'XXXXXXX4821',
    bare: true,
  })
  maskedAccountNumber!: string;

  @UuidField({ description: 'the scanned passbook page, the bank account proof: a document of the documentation service', example: '0195f4c0-7a6d-7294-8fa3-81c004c6d379', optional: true })
  passbookDocumentId?: string;
}

export const BANK_ACCOUNT_EXAMPLE = {
  openedAt: '2026-04-02T12:00:00+05:30',
  bank: 'State Bank of India',
  branch: 'Johari Bazar, Jaipur',
  ifsc: 'SBIN0031234',
  holder: 'joint_with_guardian',
  maskedAccountNumber: 'XXXXXXX4821',
  passbookDocumentId: '0195f4c0-7a6d-7294-8fa3-81c004c6d379',
};
