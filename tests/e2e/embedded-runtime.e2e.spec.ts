// `npm start` as a user runs it: the compiled runtime in its own process, on the embedded
// PostgreSQL, stopped by a signal. Needs `npm run build` first (npm test does it).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'infra', 'runtime', 'main.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

interface Started {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly stderr: () => string;
}

function startRuntime(env: Record<string, string>): Started {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['-r', join(ROOT, 'bin', 'register-paths.js'), MAIN], {
    cwd: ROOT,
    env: { ...inherited, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

async function waitForHealth(url: string, started: Started): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`runtime exited: ${started.stderr()}`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no health within 90 s: ${started.stderr()}`);
}

function postgresProcessesFor(dataDir: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', dataDir], { encoding: 'utf8' }).split('\n').filter((l) => l.includes('postgres'));
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

describe('npm start: the embedded runtime process', () => {
  let dataDir: string;
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build (npm test does)`);
    dataDir = await mkdtemp(join(tmpdir(), 'setu-e2e-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('serves health and the API docs on the embedded PostgreSQL, stops on SIGTERM and SIGINT with no orphan, keeps its data', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const runtime = startRuntime({ PORT: String(port), SETU_DATA_DIR: dataDir });
      try {
        await waitForHealth(url, runtime);
        const health = (await (await fetch(`${url}/health`)).json()) as { info: { database: { status: string } } };
        expect(health.info.database.status).toBe('up');
        expect((await fetch(`${url}/docs/`)).status).toBe(200);
        const openapi = (await (await fetch(`${url}/docs/openapi.json`)).json()) as { openapi: string };
        expect(openapi.openapi).toMatch(/^3\./);
        expect(postgresProcessesFor(dataDir).length).toBeGreaterThan(0);
      } finally {
        runtime.child.kill(signal);
      }
      expect(await runtime.exited).toBe(0);
      expect(postgresProcessesFor(dataDir)).toEqual([]);
    }
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  });

  it('exits with one clear line when DATABASE_URL cannot be reached', async () => {
    const runtime = startRuntime({ PORT: String(await freePort()), SETU_DATA_DIR: dataDir, DATABASE_URL: 'postgres://setu@127.0.0.1:1/setu' });
    expect(await runtime.exited).toBe(1);
    const lines = runtime.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^setu: .*127\.0\.0\.1:1/);
  });
});
