import path from 'node:path';

/** Where one embedded server keeps its files inside a data dir. */
export interface ClusterPaths {
  readonly dataDir: string;
  /** The PostgreSQL cluster (PGDATA). */
  readonly clusterDir: string;
  /** Written by us: which port, and which process started it. */
  readonly portFile: string;
  /** Written by PostgreSQL while it runs: pid on line 1, port on line 4. */
  readonly lockFile: string;
}

export function clusterPaths(dataDir: string): ClusterPaths {
  const absolute = path.resolve(dataDir);
  const clusterDir = path.join(absolute, 'postgres');
  return {
    dataDir: absolute,
    clusterDir,
    portFile: path.join(absolute, 'postgres.json'),
    lockFile: path.join(clusterDir, 'postmaster.pid'),
  };
}
