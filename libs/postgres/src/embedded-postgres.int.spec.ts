import { execFile, spawn } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { EmbeddedPostgres } from '@setu/postgres';
import {
  DEFAULT_EMBEDDED_PORT,
  EmbeddedPostgresInUseError,
  findRunningEmbeddedPostgres,
  resolveDatabase,
  startEmbeddedPostgres,
} from '@setu/postgres';

const dirs: string[] = [];
const servers: EmbeddedPostgres[] = [];

async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'setu-embedded-'));
  // As root, PostgreSQL runs as OS user postgres, which must be able to enter the directory.
  await chmod(dir, 0o755);
  dirs.push(dir);
  return dir;
}

async function start(dataDir: string, port?: number, onLog?: (line: string) => void): Promise<EmbeddedPostgres> {
  const server = await startEmbeddedPostgres({ dataDir, port: port ?? 0, onLog });
  servers.push(server);
  return server;
}

async function query<Row extends object>(url: string, sql: string): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

const execFileAsync = promisify(execFile);

/** What `pgrep -f` finds; it exits with 1 when nothing matches. */
async function pgrep(pattern: string): Promise<string> {
  try {
    return (await execFileAsync('pgrep', ['-f', pattern])).stdout.trim();
  } catch (error) {
    if ((error as { code?: unknown }).code === 1) return '';
    throw error;
  }
}

/** Pids of live processes working in `dir`: a postmaster and all its children chdir into PGDATA. */
async function processesIn(dir: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => undefined);
    if (cwd === dir) found.push(Number(entry));
  }
  return found;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function occupy(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve(server));
  });
}

async function waitUntilGone(pid: number): Promise<void> {
  while (await exists(`/proc/${pid}/cwd`)) await sleep(50);
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('startEmbeddedPostgres', () => {
  it('starts a new cluster, and keeps its data across a stop and a start', async () => {
    const dataDir = await tempDataDir();
    const lines: string[] = [];

    const first = await start(dataDir, undefined, (line) => lines.push(line));
    await query(first.url, 'CREATE TABLE kept (word text)');
    await query(first.url, "INSERT INTO kept VALUES ('बचाव')");
    expect(JSON.parse(await readFile(path.join(dataDir, 'postgres.json'), 'utf8'))).toEqual({
      port: first.port,
      pid: process.pid,
    });
    expect(lines.some((line) => line.includes('ready to accept connections'))).toBe(true);
    await first.stop();
    expect(await exists(path.join(dataDir, 'postgres.json'))).toBe(false);

    const second = await start(dataDir);
    await expect(query(second.url, 'SELECT word FROM kept')).resolves.toEqual([{ word: 'बचाव' }]);
    await expect(query(second.url, "SELECT current_setting('server_encoding') AS encoding")).resolves.toEqual([
      { encoding: 'UTF8' },
    ]);
  });

  it('leaves no PostgreSQL process behind after stop', async () => {
    const dataDir = await tempDataDir();
    const clusterDir = path.join(dataDir, 'postgres');
    const server = await start(dataDir);
    expect(await pgrep(clusterDir)).not.toBe('');
    expect((await processesIn(clusterDir)).length).toBeGreaterThan(1);

    await server.stop();

    expect(await pgrep(clusterDir)).toBe('');
    expect(await processesIn(clusterDir)).toEqual([]);
    await expect(query(server.url, 'SELECT 1')).rejects.toThrow();
  });

  it('picks another port when the default one is taken', async () => {
    // Taken either by us now or already by someone else: both must make it move.
    const blocker = await occupy(DEFAULT_EMBEDDED_PORT);
    try {
      const dataDir = await tempDataDir();
      const server = await startEmbeddedPostgres({ dataDir });
      servers.push(server);

      expect(server.port).not.toBe(DEFAULT_EMBEDDED_PORT);
      await expect(query(server.url, 'SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    } finally {
      blocker?.close();
    }
  });

  it('refuses a data dir whose postgres folder holds something else', async () => {
    const dataDir = await tempDataDir();
    await mkdir(path.join(dataDir, 'postgres'));
    await writeFile(path.join(dataDir, 'postgres', 'notes.txt'), 'not a cluster');

    await expect(start(dataDir)).rejects.toThrow('holds no PostgreSQL cluster');
  });

  it('refuses a second server on a cluster that is running', async () => {
    const dataDir = await tempDataDir();
    await start(dataDir);

    await expect(start(dataDir)).rejects.toBeInstanceOf(EmbeddedPostgresInUseError);
  });

  it('starts after a killed run, even when its pid now belongs to another live process', async () => {
    const dataDir = await tempDataDir();
    const lockFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    const killed = await start(dataDir);
    await query(killed.url, 'CREATE TABLE survived (n int)');
    const lock = await readFile(lockFile, 'utf8');
    const postmaster = Number(lock.split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    await waitUntilGone(postmaster);
    // The kernel may hand that pid to any process; PostgreSQL alone would then refuse to start.
    const { uid, gid } = await stat(path.join(dataDir, 'postgres'));
    const impostor = spawn('sleep', ['600'], { uid, gid, stdio: 'ignore' });
    try {
      await writeFile(lockFile, lock.replace(/^\d+/, String(impostor.pid)));
      await chown(lockFile, uid, gid);

      const restarted = await start(dataDir);

      await expect(query(restarted.url, "SELECT to_regclass('survived')::text AS t")).resolves.toEqual([
        { t: 'survived' },
      ]);
    } finally {
      impostor.kill();
    }
    await killed.stop();
  });
});

describe('findRunningEmbeddedPostgres', () => {
  it('finds the server of a data dir only while it is up', async () => {
    const dataDir = await tempDataDir();
    await expect(findRunningEmbeddedPostgres(dataDir)).resolves.toBeUndefined();

    const server = await start(dataDir);
    await expect(findRunningEmbeddedPostgres(dataDir)).resolves.toBe(server.url);
    await expect(findRunningEmbeddedPostgres(await tempDataDir())).resolves.toBeUndefined();

    await server.stop();
    await expect(findRunningEmbeddedPostgres(dataDir)).resolves.toBeUndefined();
  });

  it('does not take a server on the recorded port for its own when it serves another data dir', async () => {
    const mine = await tempDataDir();
    const other = await start(await tempDataDir());
    await writeFile(path.join(mine, 'postgres.json'), JSON.stringify({ port: other.port, pid: process.pid }));

    await expect(findRunningEmbeddedPostgres(mine)).resolves.toBeUndefined();
  });
});

describe('resolveDatabase', () => {
  it('uses DATABASE_URL as given and starts nothing', async () => {
    const dataDir = path.join(await tempDataDir(), 'unused');
    const url = 'postgres://someone:secret@db.example:5432/setu';

    const handle = await resolveDatabase({ databaseUrl: url, dataDir });
    await handle.release();

    expect(handle).toMatchObject({ url, embedded: false });
    expect(await exists(dataDir)).toBe(false);
  });

  it('starts the embedded server once, shares it, and stops it only from the handle that started it', async () => {
    const dataDir = await tempDataDir();

    const starter = await resolveDatabase({ dataDir });
    const joiner = await resolveDatabase({ dataDir });

    expect(starter.embedded).toBe(true);
    expect(joiner).toMatchObject({ url: starter.url, embedded: true });
    await joiner.release();
    await expect(query(starter.url, 'SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);

    await starter.release();
    await expect(findRunningEmbeddedPostgres(dataDir)).resolves.toBeUndefined();
    expect(await pgrep(path.join(dataDir, 'postgres'))).toBe('');
  });
});
