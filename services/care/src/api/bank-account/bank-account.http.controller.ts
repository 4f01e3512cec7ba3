import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { Caller, defined, utc, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import type { FactOutcome } from '../../application';
import { ApiCareFact } from '../shared/api-docs';
import { CareCaseParams } from '../shared/case-params.dto';
import { recordFact } from '../shared/record-fact';
import { BANK_ACCOUNT_EXAMPLE, CareBankAccountDto } from './bank-account.dto';

@ApiTags('care')
@Controller('care/cases/:caseId')
export class BankAccountController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post('bank-accounts')
  @ApiCareFact({
    summary: 'Record the bank account opened for the child',
    description: 'Bank, branch and the masked account number: only its last 4 digits are kept (encrypted with the child\'s key).',
    body: CareBankAccountDto,
    example: BANK_ACCOUNT_EXAMPLE,
  })
  record(@Param() { caseId }: CareCaseParams, @Body() dto: CareBankAccountDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const accountId = this.ids.newId();
    const { maskedAccountNumber, ...account } = dto;
    const data = defined({ caseId, accountId, ...account, openedAt: utc(dto.openedAt), accountNumberLast4: maskedAccountNumber.slice(-4) });
    return recordFact(this.commands, res, request, { type: 'RecordBankAccount', data, occurredAt: new Date(data.openedAt) }, accountId);
  }
}
