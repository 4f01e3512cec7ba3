import { resolve } from 'node:path';
import { ConfigError, type ConfigIssue } from './config-error';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Issuer and audience of the tokens minted by the embedded runtime's own key (`setu token`). */
export const LOCAL_ISSUER = 'setu-local';
export const LOCAL_AUDIENCE = 'setu';

export type AuthConfig =
  | { readonly mode: 'local'; readonly issuer: string; readonly audience: string }
  | { readonly mode: 'remote'; readonly issuer: string; readonly audience: string; readonly jwksUrl: URL };

export interface SetuConfig {
  readonly port: number;
  /** Absolute path; holds the embedded PostgreSQL, the local issuer's keys and the documents. */
  readonly dataDir: string;
  readonly databaseUrl?: string;
  readonly logLevel: LogLevel;
  readonly auth: AuthConfig;
}

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads and validates the environment once, at start-up. Empty values count as unset.
 * Throws a ConfigError naming every bad variable; secrets (DATABASE_URL) are never echoed.
 */
export function loadConfig(env: Env, cwd: string = process.cwd()): SetuConfig {
  const issues: ConfigIssue[] = [];
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const port = parsePort(get('PORT'), issues);
  const logLevel = parseLogLevel(get('LOG_LEVEL'), issues);
  const databaseUrl = parseDatabaseUrl(get('DATABASE_URL'), issues);
  const auth = parseAuth(get('AUTH_ISSUER'), get('AUTH_AUDIENCE'), get('AUTH_JWKS_URL'), issues);
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    port,
    dataDir: resolve(cwd, get('SETU_DATA_DIR') ?? './data'),
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    logLevel,
    auth: auth as AuthConfig,
  };
}

function parsePort(value: string | undefined, issues: ConfigIssue[]): number {
  if (value === undefined) return 3000;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    issues.push({ variable: 'PORT', problem: `must be an integer from 0 to 65535 (got "${value}")` });
  }
  return port;
}

function parseLogLevel(value: string | undefined, issues: ConfigIssue[]): LogLevel {
  if (value === undefined) return 'info';
  const level = LOG_LEVELS.find((l) => l === value.toLowerCase());
  if (level === undefined) {
    issues.push({ variable: 'LOG_LEVEL', problem: `must be one of ${LOG_LEVELS.join(', ')} (got "${value}")` });
  }
  return level ?? 'info';
}

function parseDatabaseUrl(value: string | undefined, issues: ConfigIssue[]): string | undefined {
  if (value === undefined) return undefined;
  const url = tryUrl(value);
  if (url === undefined || !['postgres:', 'postgresql:'].includes(url.protocol) || url.hostname === '') {
    // The value may hold a password: describe it, never repeat it.
    issues.push({ variable: 'DATABASE_URL', problem: 'must be a postgres://user:password@host:port/database URL' });
  }
  return value;
}

function parseAuth(
  issuer: string | undefined,
  audience: string | undefined,
  jwksUrl: string | undefined,
  issues: ConfigIssue[],
): AuthConfig | undefined {
  if (issuer === undefined && audience === undefined && jwksUrl === undefined) {
    return { mode: 'local', issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE };
  }
  const missing = (
    [
      ['AUTH_ISSUER', issuer],
      ['AUTH_AUDIENCE', audience],
      ['AUTH_JWKS_URL', jwksUrl],
    ] as const
  ).filter(([, v]) => v === undefined);
  for (const [name] of missing) {
    issues.push({
      variable: name,
      problem: 'is required when any of AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL is set (leave all three unset for the local issuer)',
    });
  }
  const url = jwksUrl === undefined ? undefined : tryUrl(jwksUrl);
  if (jwksUrl !== undefined && (url === undefined || !isAcceptableJwksUrl(url))) {
    issues.push({
      variable: 'AUTH_JWKS_URL',
      problem: `must be an https URL, or http on localhost (got "${jwksUrl}")`,
    });
  }
  if (missing.length > 0 || url === undefined || !isAcceptableJwksUrl(url)) return undefined;
  return { mode: 'remote', issuer: issuer as string, audience: audience as string, jwksUrl: url };
}

function isAcceptableJwksUrl(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function tryUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
