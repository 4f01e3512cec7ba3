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
import { COUNSELLING_SESSION_EXAMPLE, CounsellingSessionDto } from './counselling-session.dto';

@ApiTags('care')
@Controller('care/cases/:caseId')
export class CounsellingController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post('counselling-sessions')
  @ApiCareFact({
    summary: 'Record a counselling session',
    description: 'Counsellor, date, kind and setting only. The report itself is a restricted document of the documentation service, named by its id; free text about the session is never accepted here.',
    body: CounsellingSessionDto,
    example: COUNSELLING_SESSION_EXAMPLE,
  })
  record(@Param() { caseId }: CareCaseParams, @Body() dto: CounsellingSessionDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const sessionId = this.ids.newId();
    const data = defined({ caseId, sessionId, ...dto, heldAt: utc(dto.heldAt) });
    return recordFact(this.commands, res, request, { type: 'RecordCounsellingSession', data, occurredAt: new Date(data.heldAt) }, sessionId);
  }
}
