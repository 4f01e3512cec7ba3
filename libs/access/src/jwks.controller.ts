import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@setu/platform';
import type { JSONWebKeySet } from 'jose';
import { LocalIssuer } from './local-issuer';

@ApiTags('auth')
@Public()
@Controller('.well-known')
export class JwksController {
  constructor(private readonly issuer: LocalIssuer) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: "The local issuer's public keys (embedded runtime only)" })
  @ApiOkResponse({ description: 'JSON Web Key Set' })
  jwks(): JSONWebKeySet {
    return this.issuer.jwks;
  }
}
