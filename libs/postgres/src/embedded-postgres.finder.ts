import { realpath } from 'node:fs/promises';
import { Client } from 'pg';
import { clusterPaths } from './cluster-paths';
import { embeddedUrl } from './embedded-url';
import { readPortRecord, readPostmasterLock } from './port-file.store';

async function realpathOf(file: string | undefined): Promise<string | undefined> {
  return file === undefined ? undefined : realpath(file).catch(() => undefined);
}

// Asking the server for its data directory rules out another cluster that now has the port.
async function servesCluster(port: number, clusterDir: string): Promise<boolean> {
  const client = new Client({ connectionString: embeddedUrl(port), connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
    const [served, ours] = await Promise.all([realpathOf(rows[0]?.data_directory), realpathOf(clusterDir)]);
    return served !== undefined && served === ours;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL of the server of `dataDir` if it is up and answering. */
export async function findRunningEmbeddedPostgres(dataDir: string): Promise<string | undefined> {
  const paths = clusterPaths(dataDir);
  // postmaster.pid names the port too: covers a server whose starter has not written postgres.json yet.
  const candidates = [(await readPortRecord(paths))?.port, (await readPostmasterLock(paths))?.port];
  for (const port of new Set(candidates)) {
    if (port !== undefined && (await servesCluster(port, paths.clusterDir))) return embeddedUrl(port);
  }
  return undefined;
}
