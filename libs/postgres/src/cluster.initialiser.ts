import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ClusterPaths } from './cluster-paths';
import { createCluster } from './embedded-cluster.factory';
import type { LogTail } from './log-tail';

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Creates the cluster with initdb unless it exists. */
export async function ensureInitialised(paths: ClusterPaths, log: LogTail): Promise<void> {
  const { clusterDir } = paths;
  if (await exists(path.join(clusterDir, 'PG_VERSION'))) return;
  if ((await exists(clusterDir)) && (await readdir(clusterDir)).length > 0) {
    throw new Error(`${clusterDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION)`);
  }
  // initdb into a side directory and rename it into place, so an interrupted initdb never
  // leaves a half-made cluster that a later start would take for a real one.
  const staging = `${clusterDir}.initdb`;
  await rm(staging, { recursive: true, force: true });
  try {
    await createCluster(staging, 0, log).initialise();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`initdb failed for ${clusterDir}: ${log.summary()}`, { cause: error });
  }
  await rm(clusterDir, { recursive: true, force: true });
  await rename(staging, clusterDir);
}
