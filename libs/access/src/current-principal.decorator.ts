import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from './principal';

const principals = new WeakMap<object, Principal>();

export function attachPrincipal(req: object, principal: Principal): void {
  principals.set(req, principal);
}

export function principalOf(req: object): Principal | undefined {
  return principals.get(req);
}

/** The verified caller of a non-public route. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = principalOf(ctx.switchToHttp().getRequest<object>());
  // Only a @Public() route has no principal, and it must not ask for one.
  if (principal === undefined) throw new Error('@CurrentPrincipal() used on a route without authentication');
  return principal;
});
