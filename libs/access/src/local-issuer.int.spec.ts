import { LOCAL_KEY_FILE, LocalIssuer } from '@setu/access';
import { TEST_PRINCIPAL } from '@setu/access/testing';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const names = { issuer: 'setu-local', audience: 'setu' };

describe('LocalIssuer key storage', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'setu-keys-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('creates the key on first use, readable by its owner only, and keeps it', async () => {
    const first = await LocalIssuer.loadOrCreate(dataDir, names);
    const file = join(dataDir, 'keys', LOCAL_KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = await LocalIssuer.loadOrCreate(dataDir, names);
    expect(again.jwks).toEqual(first.jwks);
    const token = await first.sign(TEST_PRINCIPAL, { expiresInSeconds: 60 });
    await expect(again.verifier().verify(token)).resolves.toEqual(TEST_PRINCIPAL);
  });

  it('publishes only the public key', async () => {
    const issuer = await LocalIssuer.loadOrCreate(dataDir, names);
    const [key] = issuer.jwks.keys;
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(key).not.toHaveProperty('d');
    expect(JSON.parse(await readFile(join(dataDir, 'keys', LOCAL_KEY_FILE), 'utf8'))).toHaveProperty('d');
  });

  it('ends with one key when several processes create it at once', async () => {
    const issuers = await Promise.all(Array.from({ length: 8 }, () => LocalIssuer.loadOrCreate(dataDir, names)));
    expect(new Set(issuers.map((i) => JSON.stringify(i.jwks))).size).toBe(1);
  });
});
