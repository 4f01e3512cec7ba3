/** The app's `pg.Pool` (the store's database). */
export const PG_POOL = Symbol('setu:pg-pool');
/** The validated SetuConfig. */
export const SETU_CONFIG = Symbol('setu:config');
/** The app's pino Logger. */
export const LOGGER = Symbol('setu:logger');
/** The app's prom-client Registry, for services that add their own metrics. */
export const METRICS_REGISTRY = Symbol('setu:metrics-registry');
/** The `EventStore` every service writes to (PostgreSQL unless configured otherwise). */
export const EVENT_STORE = Symbol('setu:event-store');
/** The `Clock`: the only source of "now" for application code. */
export const CLOCK = Symbol('setu:clock');
/** The `IdGenerator`: UUID v7 ids for streams and events. */
export const ID_GENERATOR = Symbol('setu:id-generator');
