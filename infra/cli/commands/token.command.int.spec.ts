import { localIssuerOf } from '@setu/access/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../main';

describe('setu token', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'setu-cli-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const run = async (args: string[], env: Record<string, string> = {}) => {
    let out = '';
    let err = '';
    const code = await runCli(args, { SETU_DATA_DIR: dataDir, ...env }, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  };

  it('prints only a token that the local issuer of the data folder accepts', async () => {
    const { code, out, err } = await run([
      'token', '--user', 'u-7', '--org', 'ngo-1', '--role', 'fieldworker',
      '--state', 'br', '--state', 'RJ', '--district', 'GAYA', '--expires', '2h',
    ]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const principal = await (await localIssuerOf(dataDir)).verifier().verify(out.trim());
    expect(principal).toEqual({ userId: 'u-7', orgId: 'ngo-1', role: 'fieldworker', states: ['BR', 'RJ'], districts: ['GAYA'] });
    const { exp, iat } = JSON.parse(Buffer.from(out.split('.')[1] ?? '', 'base64url').toString());
    expect(exp - iat).toBe(7200);
  });

  it.each([
    [['--state', 'UP'], 'setu: --state must be RJ or BR (got "UP")'],
    [['--state', 'RJ', '--expires', 'forever'], 'setu: --expires must be a duration'],
    [['--state', 'RJ', '--expires', '90d'], 'at most 30d'],
    [[], "required option '--state <RJ|BR>' not specified"],
  ])('refuses %j with one line and exit code 1', async (extra, message) => {
    const { code, out, err } = await run(['token', '--user', 'u', '--org', 'o', '--role', 'r', ...extra]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(message);
  });

  it('names a bad variable', async () => {
    const { code, err } = await run(['token', '--user', 'u', '--org', 'o', '--role', 'r', '--state', 'RJ'], { PORT: 'x' });
    expect(code).toBe(1);
    expect(err).toBe('setu: invalid configuration: PORT must be an integer from 0 to 65535 (got "x")\n');
  });

  it('warns when the server trusts a remote issuer instead', async () => {
    const { code, err } = await run(['token', '--user', 'u', '--org', 'o', '--role', 'r', '--state', 'RJ'], {
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'setu',
      AUTH_JWKS_URL: 'https://idp.example/certs',
    });
    expect(code).toBe(0);
    expect(err).toContain('the server trusts https://idp.example');
  });
});
