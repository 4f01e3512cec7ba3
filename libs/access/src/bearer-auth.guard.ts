import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, setRequestUser } from '@setu/platform';
import type { Request } from 'express';
import { TokenMissingError } from './auth.errors';
import { attachPrincipal } from './current-principal.decorator';
import { TokenVerifier } from './token-verifier';

/** Deny by default: every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic === true) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const principal = await this.verifier.verify(bearerToken(req.headers.authorization));
    attachPrincipal(req, principal);
    setRequestUser(req, principal.userId);
    return true;
  }
}

function bearerToken(header: string | undefined): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (match?.[1] === undefined) throw new TokenMissingError();
  return match[1];
}
