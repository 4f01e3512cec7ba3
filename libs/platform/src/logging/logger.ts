import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/setu-config';

/**
 * Paths censored wherever they appear. Request logging never records headers or bodies in the
 * first place; this is the second line of defence for code that logs an object carelessly.
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'password',
  'token',
  '*.authorization',
  '*.cookie',
  '*.password',
  '*.token',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
];

/** JSON lines on stdout (synchronous, so nothing is lost when the process exits) unless told otherwise. */
export function createLogger(options: { readonly logLevel: LogLevel }, destination?: DestinationStream): Logger {
  const settings = {
    level: options.logLevel,
    base: { service: 'setu' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination === undefined ? pino(settings) : pino(settings, destination);
}

/** Routes NestJS's own messages (module wiring, route mapping) into pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.logger.debug({ context: contextOf(params) }, String(message));
  }
  error(message: unknown, ...params: unknown[]): void {
    this.logger.error({ context: contextOf(params) }, String(message));
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.logger.warn({ context: contextOf(params) }, String(message));
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.logger.debug({ context: contextOf(params) }, String(message));
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.logger.trace({ context: contextOf(params) }, String(message));
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.logger.fatal({ context: contextOf(params) }, String(message));
  }
}

function contextOf(params: readonly unknown[]): string | undefined {
  const last = params[params.length - 1];
  return typeof last === 'string' ? last : undefined;
}
