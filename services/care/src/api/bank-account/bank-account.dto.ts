import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BANK_ACCOUNT_HOLDERS, type BankAccountHolder } from '@setu/contracts';
import { IsOptional, Matches } from 'class-validator';
import { FieldTime } from '../shared/field-time';
import { Line, OneOf, OptionalDocumentId } from '../shared/text';

/** Mask characters, then exactly the last four digits: a full account number never reaches the store. */
export const MASKED_ACCOUNT_NUMBER = /^[Xx*\s-]*[0-9]{4}$/;

export class CareBankAccountDto {
  @FieldTime('when the account was opened', '2026-04-02T12:00:00+05:30')
  openedAt!: string;

  @Line('the bank', 'State Bank of India')
  bank!: string;

  @Line('the branch', 'Johari Bazar, Jaipur')
  branch!: string;

  @ApiPropertyOptional({ description: 'the branch\'s IFSC code', example: 'SBIN0031234', pattern: '^[A-Z]{4}0[A-Z0-9]{6}$' })
  @IsOptional()
  @Matches(/^[A-Z]{4}0[A-Z0-9]{6}$/, { message: 'ifsc must be an IFSC code such as SBIN0031234' })
  ifsc?: string;

  @OneOf(BANK_ACCOUNT_HOLDERS, 'in the child\'s name, or jointly with a guardian', 'joint_with_guardian')
  holder!: BankAccountHolder;

  @ApiProperty({
    description: 'the account number masked: only its last 4 digits may be present (the full number is refused, never stored)',
    example: 'XXXXXXX4821',
    pattern: MASKED_ACCOUNT_NUMBER.source,
  })
  @Matches(MASKED_ACCOUNT_NUMBER, { message: 'maskedAccountNumber must show only the last 4 digits, e.g. XXXXXXX4821' })
  maskedAccountNumber!: string;

  @OptionalDocumentId('the scanned passbook page, the bank account proof', '0195f4c0-7a6d-7294-8fa3-81c004c6d379')
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
