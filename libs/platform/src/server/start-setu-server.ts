import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { assertReachable, createPool, resolveDatabase, runMigrations } from '@setu/postgres';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { SetuConfig } from '../config/setu-config';
import { createSetuApp } from '../create-setu-app';
import type { OpenApiInfo } from '../openapi/openapi';

const CLOSE_TIMEOUT_MS = 10_000;

export interface SetuServerOptions {
  readonly config: SetuConfig;
  readonly logger: Logger;
  readonly modules: readonly (Type | DynamicModule)[];
  /** `AccessModule.forRoot(config)` from @setu/access. */
  readonly auth: DynamicModule;
  readonly openApi?: Partial<OpenApiInfo>;
}

export interface RunningSetuServer {
  readonly url: string;
  readonly embeddedDatabase: boolean;
  /** Closes the HTTP server, then the pool, then stops the embedded PostgreSQL if this process started it. */
  stop(): Promise<void>;
}

/** The port is taken: said in one line rather than as a stack trace. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is in use; stop what holds it or set PORT to another port`);
    this.name = 'PortInUseError';
  }
}

/**
 * Starts a Setu server: the database (DATABASE_URL, or the embedded PostgreSQL of the data
 * folder, started if need be), its migrations, and the given modules on one HTTP port.
 * Whatever was started is stopped again if a later step fails.
 */
export async function startSetuServer(options: SetuServerOptions): Promise<RunningSetuServer> {
  const { config, logger } = options;
  const undo: (() => Promise<unknown>)[] = [];
  const stop = async (): Promise<void> => {
    const failures: unknown[] = [];
    for (const step of undo.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) throw new AggregateError(failures, 'the server did not stop cleanly');
  };
  try {
    const database = await resolveDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    undo.push(() => database.release());
    logger.info({ embedded: database.embedded }, database.embedded ? 'embedded PostgreSQL is up' : 'using DATABASE_URL');
    const pool = createPool(database.url, { applicationName: 'setu' });
    undo.push(() => pool.end());
    await assertReachable(pool);
    const { applied } = await runMigrations(pool);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    const app = await createSetuApp({
      config,
      pool,
      auth: options.auth,
      modules: options.modules,
      logger,
      ...(options.openApi === undefined ? {} : { openApi: options.openApi }),
    });
    undo.push(() => closeWithin(app, CLOSE_TIMEOUT_MS, logger));
    const port = await listen(app, config.port);
    const url = `http://localhost:${port}`;
    logger.info({ url, docs: `${url}/docs` }, 'Setu is serving');
    return { url, embeddedDatabase: database.embedded, stop };
  } catch (error) {
    await stop().catch((stopError: unknown) => logger.error({ err: stopError }, 'cleanup after a failed start failed'));
    throw error;
  }
}

async function listen(app: INestApplication, port: number): Promise<number> {
  try {
    await app.listen(port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(port);
    throw error;
  }
  return ((app.getHttpServer() as Server).address() as AddressInfo).port;
}

/** Open long polls must not keep PostgreSQL from stopping: past the timeout, connections are cut. */
async function closeWithin(app: INestApplication, ms: number, logger: Logger): Promise<void> {
  const server = app.getHttpServer() as Server;
  const timer = setTimeout(() => {
    logger.warn('connections still open after the shutdown timeout; closing them');
    server.closeAllConnections();
  }, ms);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
}
