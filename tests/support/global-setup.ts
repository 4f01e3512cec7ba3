import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// Jest loads global setup outside its module registry, so tsconfig path aliases do not apply here.
import type { EmbeddedPostgres } from '../../libs/postgres/src';
import { findRunningEmbeddedPostgres, startEmbeddedPostgres } from '../../libs/postgres/src';

const DIR_PREFIX = 'setu-test-pg-';
const OWNER_FILE = 'owner.pid';

export interface TestPostgres {
  readonly server: EmbeddedPostgres;
  readonly dir: string;
}

/** Where global-teardown finds what global-setup started (jest shares globalThis between the two). */
export const TEST_POSTGRES = Symbol.for('setu.test-postgres');

type WithTestPostgres = typeof globalThis & { [TEST_POSTGRES]?: TestPostgres };

export function testPostgresSlot(): WithTestPostgres {
  return globalThis;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ownerOf(dir: string): Promise<number | undefined> {
  const owner = await readFile(path.join(dir, OWNER_FILE), 'utf8').catch(() => undefined);
  const pid = Number(owner);
  return owner !== undefined && Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

// A run killed before its teardown (Ctrl-C, a timeout) leaves its data dir behind. Only dirs whose
// jest process is gone and whose server is down are removed: other runs may be going on right now.
async function sweepAbandonedDirs(): Promise<void> {
  const names = (await readdir(tmpdir())).filter((name) => name.startsWith(DIR_PREFIX));
  for (const name of names) {
    const dir = path.join(tmpdir(), name);
    const owner = await ownerOf(dir);
    if (owner === undefined || isAlive(owner)) continue;
    if ((await findRunningEmbeddedPostgres(dir)) !== undefined) continue;
    await rm(dir, { recursive: true, force: true });
  }
}

/** One PostgreSQL for the whole integration run; each test file then creates its own database. */
export default async function globalSetup(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl !== undefined && databaseUrl !== '') {
    process.env.SETU_TEST_ADMIN_URL = databaseUrl;
    return;
  }
  await sweepAbandonedDirs();
  const dir = await mkdtemp(path.join(tmpdir(), DIR_PREFIX));
  await writeFile(path.join(dir, OWNER_FILE), String(process.pid));
  // mkdtemp makes it 0700; as root PostgreSQL runs as OS user postgres, which must get through it.
  await chmod(dir, 0o755);
  let server: EmbeddedPostgres;
  try {
    // Any free port, so a run never takes the default port from a developer's own server.
    server = await startEmbeddedPostgres({ dataDir: dir, port: 0 });
  } catch (error) {
    // jest skips global teardown when global setup fails.
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  process.env.SETU_TEST_ADMIN_URL = server.url;
  testPostgresSlot()[TEST_POSTGRES] = { server, dir };
}
