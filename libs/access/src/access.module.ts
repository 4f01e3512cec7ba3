import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { SetuConfig } from '@setu/platform';
import { createRemoteJWKSet } from 'jose';
import { BearerAuthGuard } from './bearer-auth.guard';
import { JwksController } from './jwks.controller';
import { LocalIssuer } from './local-issuer';
import { TokenVerifier } from './token-verifier';

/**
 * Authentication for the whole app. With AUTH_JWKS_URL set, tokens are verified against that
 * identity provider; otherwise against the local issuer of the data folder, whose JWKS the app
 * serves at `/.well-known/jwks.json`.
 */
@Module({})
export class AccessModule {
  static forRoot(config: Pick<SetuConfig, 'auth' | 'dataDir'>): DynamicModule {
    const { auth } = config;
    const guard = { provide: APP_GUARD, useClass: BearerAuthGuard };
    if (auth.mode === 'remote') {
      const verifier = new TokenVerifier(createRemoteJWKSet(auth.jwksUrl), {
        issuer: auth.issuer,
        audience: auth.audience,
      });
      return {
        module: AccessModule,
        providers: [{ provide: TokenVerifier, useValue: verifier }, guard],
        exports: [TokenVerifier],
      };
    }
    return {
      module: AccessModule,
      controllers: [JwksController],
      providers: [
        { provide: LocalIssuer, useFactory: () => LocalIssuer.loadOrCreate(config.dataDir, auth) },
        { provide: TokenVerifier, useFactory: (issuer: LocalIssuer) => issuer.verifier(), inject: [LocalIssuer] },
        guard,
      ],
      exports: [TokenVerifier, LocalIssuer],
    };
  }
}
