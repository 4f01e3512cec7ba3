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
import { HEALTH_CHECK_EXAMPLE, CareHealthCheckDto } from './health-check.dto';

@ApiTags('care')
@Controller('care/cases/:caseId')
export class HealthController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post('health-checks')
  @ApiCareFact({
    summary: 'Record a health check: injury report, periodic check or fit-to-travel certificate',
    description: 'Each with a summary of findings and the referrals made. Findings and reasons identify the child and are stored encrypted.',
    body: CareHealthCheckDto,
    example: HEALTH_CHECK_EXAMPLE,
  })
  record(@Param() { caseId }: CareCaseParams, @Body() dto: CareHealthCheckDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const checkId = this.ids.newId();
    const data = defined({
      caseId,
      checkId,
      ...dto,
      examinedAt: utc(dto.examinedAt),
      referrals: (dto.referrals ?? []).map((r) => defined({ to: r.to, reason: r.reason })),
    });
    return recordFact(this.commands, res, request, { type: 'RecordHealthCheck', data, occurredAt: new Date(data.examinedAt) }, checkId);
  }
}
