import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@setu/access';
import { PROBLEM_CONTENT_TYPE, revisionHeaders } from '@setu/platform';
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
  @ApiOperation({
    summary: 'The care service\'s record of a child',
    description: 'Every care fact recorded, and where they leave the child. `ETag` is the revision to send as If-Match with the next command.',
  })
  @CASE_ID_PARAM
  @ApiOkResponse({
    type: CareCaseResponse,
    example: CARE_CASE_EXAMPLE,
    headers: { ETag: { description: 'the care record\'s revision', schema: { type: 'string', example: '"3"' } } },
  })
  @ApiResponse({
    status: 404,
    description: 'Nothing is recorded in care for this case.',
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: '#/components/schemas/ProblemDetails' },
        example: { type: 'urn:setu:problem:care-record-not-found', title: 'Care record not found', status: 404, code: 'CARE_RECORD_NOT_FOUND' },
      },
    },
  })
  async get(@Param() { caseId }: CareCaseParams, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: ServerResponse): Promise<CareCaseView> {
    const { view, revision } = await this.queries.execute(new GetCareCaseQuery(principal, caseId));
    revisionHeaders(res, revision);
    return view;
  }
}
