import type { EmbeddedPostgresCluster } from './embedded-postgres.loader';
import { loadEmbeddedPostgres } from './embedded-postgres.loader';
import { EMBEDDED_PASSWORD, EMBEDDED_SUPERUSER } from './embedded-url';
import { LOOPBACK } from './free-port';
import type { LogTail } from './log-tail';

export function createCluster(databaseDir: string, port: number, log: LogTail): EmbeddedPostgresCluster {
  const EmbeddedPostgresClass = loadEmbeddedPostgres();
  return new EmbeddedPostgresClass({
    databaseDir,
    port,
    user: EMBEDDED_SUPERUSER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as OS user `postgres`, which it
    // creates if missing. As non-root the option must stay off: it would try `groupadd` and fail.
    createPostgresUser: process.getuid?.() === 0,
    // UTF8 whatever the host locale (names come in Devanagari and Latin scripts).
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    // TCP on loopback only; no Unix socket, so no lock files in /tmp to go stale.
    postgresFlags: ['-c', `listen_addresses=${LOOPBACK}`, '-c', 'unix_socket_directories='],
    onLog: log.write,
    onError: log.write,
  });
}
