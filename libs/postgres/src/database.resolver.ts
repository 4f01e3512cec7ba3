import { setTimeout as sleep } from 'node:timers/promises';
import { findRunningEmbeddedPostgres } from './embedded-postgres.finder';
import { startEmbeddedPostgres } from './embedded-postgres.launcher';
import { EmbeddedPostgresInUseError } from './postmaster-lock';

const WAIT_FOR_OTHER_STARTER = { attempts: 60, intervalMs: 500 };

export interface DatabaseHandle {
  readonly url: string;
  /** True when the URL points at the embedded server of the data dir. */
  readonly embedded: boolean;
  /** Stops the embedded server if this handle started it; otherwise does nothing. */
  release(): Promise<void>;
}

export interface ResolveDatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
}

const nothingToRelease = (): Promise<void> => Promise.resolve();

// Another process holds the cluster but is not answering yet (still starting, or recovering).
async function waitForRunning(dataDir: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < WAIT_FOR_OTHER_STARTER.attempts; attempt += 1) {
    const url = await findRunningEmbeddedPostgres(dataDir);
    if (url !== undefined) return url;
    await sleep(WAIT_FOR_OTHER_STARTER.intervalMs);
  }
  return undefined;
}

/** DATABASE_URL if given; else the running embedded server of `dataDir`; else one started now. */
export async function resolveDatabase(options: ResolveDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    return { url: options.databaseUrl, embedded: false, release: nothingToRelease };
  }
  const running = await findRunningEmbeddedPostgres(options.dataDir);
  if (running !== undefined) return { url: running, embedded: true, release: nothingToRelease };
  try {
    const server = await startEmbeddedPostgres({ dataDir: options.dataDir });
    return { url: server.url, embedded: true, release: () => server.stop() };
  } catch (error) {
    if (!(error instanceof EmbeddedPostgresInUseError)) throw error;
    const url = await waitForRunning(options.dataDir);
    if (url === undefined) throw error;
    return { url, embedded: true, release: nothingToRelease };
  }
}
