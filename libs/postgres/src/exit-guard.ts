import type { EmbeddedPostgresCluster } from './embedded-postgres.loader';

export function isRunning(cluster: EmbeddedPostgresCluster): boolean {
  const child = cluster.process;
  return child !== undefined && child.exitCode === null && child.signalCode === null;
}

const running = new Set<EmbeddedPostgresCluster>();
let exitGuardInstalled = false;

// A process that exits without stop() must not leave its server running. Only synchronous work is
// possible on 'exit': SIGINT asks the postmaster for a fast shutdown, which it completes on its own.
export function guardAgainstExit(cluster: EmbeddedPostgresCluster): void {
  running.add(cluster);
  if (exitGuardInstalled) return;
  exitGuardInstalled = true;
  process.on('exit', () => {
    for (const each of running) if (isRunning(each)) each.process?.kill('SIGINT');
  });
}

export function releaseExitGuard(cluster: EmbeddedPostgresCluster): void {
  running.delete(cluster);
}
