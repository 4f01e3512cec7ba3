import { createServer } from 'node:net';
import type { Pool } from 'pg';
import { assertReachable, createPool, DatabaseUnreachableError } from '@setu/postgres';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

describe('assertReachable', () => {
  const pools: Pool[] = [];
  const pool = (url: string): Pool => {
    const created = createPool(url, { max: 1 });
    pools.push(created);
    return created;
  };

  afterEach(async () => {
    await Promise.all(pools.splice(0).map((created) => created.end()));
  });

  it('resolves for a server that answers', async () => {
    await expect(assertReachable(pool(process.env.SETU_TEST_ADMIN_URL ?? ''))).resolves.toBeUndefined();
  });

  it.each(['127.0.0.1', 'localhost'])('names %s and the port, and why, in one line when nothing listens', async (host) => {
    const port = await closedPort();

    const failure = await assertReachable(pool(`postgres://postgres:postgres@${host}:${port}/postgres`)).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(DatabaseUnreachableError);
    const { message } = failure as DatabaseUnreachableError;
    expect(message).toBe(`Cannot reach PostgreSQL at ${host}:${port}: connection refused (nothing listens on that port) [ECONNREFUSED]`);
    expect(message).not.toContain('\n');
  });

  it('passes on what the server said when it refuses the connection', async () => {
    const url = new URL(process.env.SETU_TEST_ADMIN_URL ?? '');
    url.pathname = '/no_such_database';

    await expect(assertReachable(pool(url.toString()))).rejects.toThrow(
      `Cannot reach PostgreSQL at ${url.hostname}:${url.port || 5432}: database "no_such_database" does not exist [3D000]`,
    );
  });
});
