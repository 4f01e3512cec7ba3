import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AGENCY_KINDS, DISTRICTS, EXAMPLE_ORGANISATIONS, LEGAL_SECTIONS } from '@setu/contracts';
import { Public } from '@setu/platform';
import { assertKnownCodes } from '../../application/shared/reference-codes';
import { ApiProblems } from '../shared/api-docs.decorators';
import { DistrictsQueryDto } from './districts.query.dto';
import { STATES } from './states.data';

// Reference data is public knowledge: served without a token so forms can load it first.

@ApiTags('reference data')
@Public()
@Controller('reference')
export class ReferenceController {
  @Get('states')
  @ApiOperation({ summary: 'The states and their codes' })
  @ApiOkResponse({ description: 'Every state Setu spans.', schema: { example: STATES } })
  states() {
    return STATES;
  }

  @Get('districts')
  @ApiOperation({ summary: 'The districts of Rajasthan and Bihar with their codes, as events store them' })
  @ApiOkResponse({ description: 'Districts, optionally of one state.', schema: { example: DISTRICTS.filter((d) => d.code === 'BR-GAY') } })
  @ApiProblems(400, 422)
  districts(@Query() { state }: DistrictsQueryDto) {
    assertKnownCodes([{ kind: 'state', field: 'state', code: state }]);
    return state === undefined ? DISTRICTS : DISTRICTS.filter((d) => d.state === state);
  }

  @Get('agencies')
  @ApiOperation({ summary: 'The kinds of agency (with made-up example organisations)' })
  @ApiOkResponse({
    description: 'Agency kinds, and example organisations for demos and tests (not a directory).',
    schema: { example: { kinds: AGENCY_KINDS.slice(0, 2), exampleOrganisations: EXAMPLE_ORGANISATIONS.slice(0, 1) } },
  })
  agencies() {
    return { kinds: AGENCY_KINDS, exampleOrganisations: EXAMPLE_ORGANISATIONS };
  }

  @Get('legal-sections')
  @ApiOperation({ summary: 'The catalogue of legal sections, each with its old-code equivalent' })
  @ApiOkResponse({ description: 'Sections of BNS, BNSS, IPC, CrPC, JJ Act, Child Labour Act, Bonded Labour Act.', schema: { example: LEGAL_SECTIONS.slice(0, 1) } })
  legalSections() {
    return LEGAL_SECTIONS;
  }
}
