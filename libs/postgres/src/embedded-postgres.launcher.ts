import { mkdir } from 'node:fs/promises';
import type { ClusterPaths } from './cluster-paths';
import { clusterPaths } from './cluster-paths';
import { ensureInitialised } from './cluster.initialiser';
import { createCluster } from './embedded-cluster.factory';
import type { EmbeddedPostgresCluster } from './embedded-postgres.loader';
import { embeddedUrl } from './embedded-url';
import { guardAgainstExit, isRunning, releaseExitGuard } from './exit-guard';
import { pickPort } from './free-port';
import { LogTail } from './log-tail';
import { clearStaleLock } from './postmaster-lock';
import { removePortRecord, writePortRecord } from './port-file.store';

export const DEFAULT_EMBEDDED_PORT = 54329;
const START_ATTEMPTS = 3;

export interface EmbeddedPostgres {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface StartEmbeddedPostgresOptions {
  dataDir: string;
  /** Preferred port (default 54329); another free one is used if it is taken. 0 = any free port. */
  port?: number;
  /** Receives PostgreSQL's and initdb's output line by line; without it they stay silent. */
  onLog?: (line: string) => void;
}

async function launch(
  paths: ClusterPaths,
  preferredPort: number,
  log: LogTail,
): Promise<{ cluster: EmbeddedPostgresCluster; port: number }> {
  let port = await pickPort(preferredPort);
  for (let attempt = 1; ; attempt += 1) {
    const cluster = createCluster(paths.clusterDir, port, log);
    try {
      await cluster.start();
      return { cluster, port };
    } catch {
      // The package rejects with nothing and keeps the dead process, whose `exit` its own stop()
      // and exit hook would then wait for in vain.
      cluster.process = undefined;
      // Another process may take the port between our check and PostgreSQL's bind.
      const portTaken = log.includes('could not bind') || log.includes('could not create any TCP/IP sockets');
      if (!portTaken || attempt === START_ATTEMPTS) {
        throw new Error(`PostgreSQL in ${paths.clusterDir} did not start on port ${port}: ${log.summary()}`);
      }
      port = await pickPort(0);
    }
  }
}

/** Starts the PostgreSQL cluster kept in `<dataDir>/postgres`, creating it on first use. */
export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const paths = clusterPaths(options.dataDir);
  const log = new LogTail(options.onLog);
  await mkdir(paths.dataDir, { recursive: true });
  await clearStaleLock(paths);
  await ensureInitialised(paths, log);
  const { cluster, port } = await launch(paths, options.port ?? DEFAULT_EMBEDDED_PORT, log);
  guardAgainstExit(cluster);
  const record = { port, pid: process.pid };
  await writePortRecord(paths, record);

  let stopping: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    // Fast shutdown: the postmaster exits only after all its children have.
    if (isRunning(cluster)) await cluster.stop();
    cluster.process = undefined;
    releaseExitGuard(cluster);
    await removePortRecord(paths, record);
  };
  return {
    url: embeddedUrl(port),
    port,
    stop: () => (stopping ??= stop()),
  };
}
