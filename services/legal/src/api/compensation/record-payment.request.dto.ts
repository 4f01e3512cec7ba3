import { ApiProperty } from '@nestjs/swagger';
import { ACCOUNT_HOLDERS, type AccountHolder } from '@setu/contracts';
import { Type } from 'class-transformer';
import { IsDefined, Matches, ValidateNested } from 'class-validator';
import { OneOfField, ReportedTimeField, TextField, utc } from '@setu/service-kit';
import type { RecordCompensationPayment } from '../../domain/legal-case/legal-case.commands';
import { CaseCommandRequest } from '../legal-cases/case-command.request.dto';
import { Rupees } from '../shared/request-fields';

/** Only the last four digits of the account are taken: the full number never enters Setu. */
export class PaidAccountRequest {
  @OneOfField(ACCOUNT_HOLDERS, { description: 'whose account', example: 'child' }) holder!: AccountHolder;
  @TextField({ description: 'the bank', example: 'State Bank of India, Gaya Main Branch', trim: true }) bank!: string;

  @ApiProperty({ description: 'the last four digits of the account number, nothing more', example: '4821', pattern: '^[0-9]{4}$' })
  @Matches(/^[0-9]{4}$/, { message: '$property must be exactly the last four digits of the account number' })
  last4!: string;
}

export class RecordPaymentRequest extends CaseCommandRequest {
  @ReportedTimeField({ description: 'when the money was paid', example: '2026-06-20T11:00:00+05:30', format: 'rfc3339' }) paidAt!: string;
  @Rupees('amount paid', 200000) amount!: number;

  @ApiProperty({ type: () => PaidAccountRequest, description: 'the account paid into, masked' })
  @IsDefined()
  @ValidateNested()
  @Type(() => PaidAccountRequest)
  account!: PaidAccountRequest;
}

export function recordPaymentCommand(caseId: string, claimId: string, dto: RecordPaymentRequest): RecordCompensationPayment {
  const paidAt = utc(dto.paidAt);
  const { holder, bank, last4 } = dto.account;
  return { type: 'RecordCompensationPayment', occurredAt: new Date(paidAt), data: { caseId, claimId, paidAt, amount: dto.amount, account: { holder, bank, last4 } } };
}
