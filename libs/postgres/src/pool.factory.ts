import { Pool } from 'pg';

export interface CreatePoolOptions {
  max?: number;
  applicationName?: string;
}

const CONNECTION_TIMEOUT_MS = 10_000;

export function createPool(url: string, options: CreatePoolOptions = {}): Pool {
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName,
    // Without a timeout a connect to a silent host waits forever.
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
  });
  // An idle client that loses its server is dropped from the pool; a lasting outage then fails
  // the next query. Without a listener the 'error' event would crash the process instead.
  pool.on('error', () => undefined);
  return pool;
}
