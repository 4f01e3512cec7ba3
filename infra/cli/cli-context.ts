import { loadConfig, type Env, type SetuConfig } from '@setu/platform';
import { assertReachable, createPool, resolveDatabase, runMigrations } from '@setu/postgres';
import type { Pool } from 'pg';

/** A failure the user can act on: printed as `setu: <message>`, exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** Where progress bars draw (the terminal's stderr); bars fall back to plain lines on `err` without it. */
  readonly progress?: NodeJS.WritableStream;
}

/** What every command gets: the environment, read once, and the ways to reach Setu's stores. */
export class CliContext {
  private loaded?: SetuConfig;

  constructor(
    readonly env: Env,
    readonly output: CliOutput,
  ) {}

  /** The validated configuration (a bad variable fails the command with its name). */
  config(): SetuConfig {
    return (this.loaded ??= loadConfig(this.env));
  }

  /**
   * Runs `work` against the event store's database, found as the server finds it: DATABASE_URL;
   * else the embedded PostgreSQL of SETU_DATA_DIR if it runs; else it is started for the
   * duration of the command and stopped afterwards.
   */
  async withDatabase<T>(work: (pool: Pool) => Promise<T>): Promise<T> {
    const config = this.config();
    const database = await resolveDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const pool = createPool(database.url, { applicationName: 'setu-cli' });
      try {
        await assertReachable(pool);
        await runMigrations(pool);
        return await work(pool);
      } finally {
        await pool.end();
      }
    } finally {
      await database.release();
    }
  }
}
