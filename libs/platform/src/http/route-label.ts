import type { Request } from 'express';

/**
 * The route pattern (`/cases/:caseId`), never the concrete path: concrete paths carry ids and
 * would explode metric cardinality. Static mounts (e.g. `/docs`) are named by their prefix.
 */
export function routeLabel(req: Request, mounts: readonly string[]): string {
  const route = (req as { route?: { path?: unknown } }).route;
  if (route !== undefined && typeof route.path === 'string') return `${req.baseUrl ?? ''}${route.path}`;
  const path = (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';
  return mounts.find((m) => path === m || path.startsWith(`${m}/`)) ?? 'unmatched';
}
