import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AGENCY_KINDS, DISTRICTS, EXAMPLE_ORGANISATIONS, LEGAL_SECTIONS } from '@setu/contracts';
import { Public } from '@setu/platform';
import { assertKnownCodes, ViewEndpoint } from '@setu/service-kit';
import { problems } from '../shared/problems';
import { DistrictsQueryDto } from './districts.query.dto';
import { STATES } from './states.data';

// Reference data is public knowledge: served without a token so forms can load it first.

@ApiTags('reference data')
@Public()
@Controller('reference')
export class ReferenceController {
  @Get('states')
  @ViewEndpoint({ summary: 'The states and their codes', answerDescription: 'Every state Setu spans.', example: STATES, etag: false, problems: [] })
  states() {
    return STATES;
  }

  @Get('districts')
  @ViewEndpoint({
    summary: 'The districts of Rajasthan and Bihar with their codes, as events store them',
    answerDescription: 'Districts, optionally of one state.',
    example: DISTRICTS.filter((d) => d.code === 'BR-GAY'),
    etag: false,
    problems: problems(400, 422),
  })
  districts(@Query() { state }: DistrictsQueryDto) {
    assertKnownCodes([{ kind: 'state', field: 'state', code: state }]);
    return state === undefined ? DISTRICTS : DISTRICTS.filter((d) => d.state === state);
  }

  @Get('agencies')
  @ViewEndpoint({
    summary: 'The kinds of agency (with made-up example organisations)',
    answerDescription: 'Agency kinds, and example organisations for demos and tests (not a directory).',
    example: { kinds: AGENCY_KINDS.slice(0, 2), exampleOrganisations: EXAMPLE_ORGANISATIONS.slice(0, 1) },
    etag: false,
    problems: [],
  })
  agencies() {
    return { kinds: AGENCY_KINDS, exampleOrganisations: EXAMPLE_ORGANISATIONS };
  }

  @Get('legal-sections')
  @ViewEndpoint({
    summary: 'The catalogue of legal sections, each with its old-code equivalent',
    answerDescription: 'Sections of BNS, BNSS, IPC, CrPC, JJ Act, Child Labour Act, Bonded Labour Act.',
    example: LEGAL_SECTIONS.slice(0, 1),
    etag: false,
    problems: [],
  })
  legalSections() {
    return LEGAL_SECTIONS;
  }
}
