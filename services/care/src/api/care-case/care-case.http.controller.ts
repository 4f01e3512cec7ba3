import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@setu/access';
import { revisionHeaders } from '@setu/platform';
import { problem, ViewEndpoint } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { GetCareCaseQuery } from '../../application';
import type { CareCaseView } from '../../domain';
import { CASE_ID_PARAM } from '../shared/api-docs';
import { CareCaseParams } from '../shared/case-params.dto';
import { CARE_CASE_EXAMPLE, CareCaseResponse } from './care-case.response';

@ApiTags('care')
@Controller('care/cases')
export class CareCaseController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':caseId')
  @ViewEndpoint({
    summary: 'The care service\'s record of a child',
    description: 'Every care fact recorded, and where they leave the child. `ETag` is the revision to send as If-Match with the next command.',
    type: CareCaseResponse,
    example: CARE_CASE_EXAMPLE,
    etag: 'the care record\'s revision',
    problems: [problem(404, 'Nothing is recorded in care for this case.', { code: 'CARE_RECORD_NOT_FOUND' })],
  })
  @CASE_ID_PARAM
  async get(@Param() { caseId }: CareCaseParams, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: ServerResponse): Promise<CareCaseView> {
    const { view, revision } = await this.queries.execute(new GetCareCaseQuery(principal, caseId));
    revisionHeaders(res, revision);
    return view;
  }
}
