import type { Pool } from 'pg';
import { DatabaseUnreachableError } from './database-unreachable.error';

const SOCKET_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (nothing listens on that port)',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

function targetOf(pool: Pool): { host: string; port: number } {
  const { connectionString, host, port } = pool.options;
  if (connectionString !== undefined) {
    const url = new URL(connectionString);
    return { host: url.hostname.replace(/^\[|\]$/g, '') || 'localhost', port: Number(url.port || 5432) };
  }
  return { host: host ?? process.env.PGHOST ?? 'localhost', port: port ?? Number(process.env.PGPORT ?? 5432) };
}

function codeOf(error: unknown): string | undefined {
  // Node reports a host with several addresses (localhost: ::1 and 127.0.0.1) as an
  // AggregateError with an empty message; the code of its first error says why.
  const first = error instanceof AggregateError ? (error.errors[0] as unknown) : error;
  const code = (first as { code?: unknown } | undefined)?.code ?? (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function reasonOf(error: unknown): string {
  const code = codeOf(error);
  const known = code === undefined ? undefined : SOCKET_REASONS[code];
  if (known !== undefined) return `${known} [${code}]`;
  const message = error instanceof Error && error.message !== '' ? error.message : String(error);
  return code === undefined ? message : `${message} [${code}]`;
}

/** Resolves once the pool can run a query; otherwise throws a one-line DatabaseUnreachableError. */
export async function assertReachable(pool: Pool): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    const { host, port } = targetOf(pool);
    throw new DatabaseUnreachableError(host, port, reasonOf(error), { cause: error });
  }
}
