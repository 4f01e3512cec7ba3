import type { Projection } from '@setu/projections';

/**
 * Every projection: the runtime runs them (service-modules.ts) and `setu projections` rebuilds and
 * reports them. A new projection is added here, and only here.
 */
export const PROJECTIONS: readonly Projection[] = [];
