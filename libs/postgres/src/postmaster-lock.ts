import { access, readlink, realpath, rm } from 'node:fs/promises';
import type { ClusterPaths } from './cluster-paths';
import { readPostmasterLock } from './port-file.store';

/** A live PostgreSQL already serves this cluster; connect to it instead of starting another. */
export class EmbeddedPostgresInUseError extends Error {
  override readonly name = 'EmbeddedPostgresInUseError';

  constructor(
    readonly clusterDir: string,
    readonly pid: number,
    readonly port: number | undefined,
  ) {
    super(
      `PostgreSQL for ${clusterDir} is already running (pid ${pid}${port === undefined ? '' : `, port ${port}`})`,
    );
  }
}

async function hasProcFs(): Promise<boolean> {
  return access('/proc/self/cwd').then(
    () => true,
    () => false,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// A postmaster's working directory is its data directory. Comparing it (rather than trusting
// that the pid is alive) tells a live server from a pid the kernel has since given to another
// process, which would otherwise make PostgreSQL refuse to start ("lock file already exists").
async function servesCluster(pid: number, clusterDir: string): Promise<boolean> {
  if (!(await hasProcFs())) return isAlive(pid);
  try {
    const [cwd, cluster] = await Promise.all([readlink(`/proc/${pid}/cwd`), realpath(clusterDir)]);
    return cwd === cluster;
  } catch {
    return false;
  }
}

/** Deletes a postmaster.pid left by a killed server; throws if a live server owns the cluster. */
export async function clearStaleLock(paths: ClusterPaths): Promise<void> {
  const lock = await readPostmasterLock(paths);
  if (lock === undefined) {
    await rm(paths.lockFile, { force: true });
    return;
  }
  if (await servesCluster(lock.pid, paths.clusterDir)) {
    throw new EmbeddedPostgresInUseError(paths.clusterDir, lock.pid, lock.port);
  }
  await rm(paths.lockFile, { force: true });
}
