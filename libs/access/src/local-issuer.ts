import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile, link, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
} from 'jose';
import { claimsOf } from './claims';
import type { Principal } from './principal';
import { TokenVerifier } from './token-verifier';

export const LOCAL_KEY_FILE = 'local-issuer.jwk.json';
const ALG = 'EdDSA';

export interface LocalIssuerOptions {
  readonly issuer: string;
  readonly audience: string;
}

const privateKeys = new WeakMap<LocalIssuer, { key: CryptoKey; kid: string }>();

/**
 * The embedded runtime's token issuer: an Ed25519 key pair created on first use and kept in
 * `<dataDir>/keys/`. The app verifies against its public JWKS; `setu token` signs with it.
 */
export class LocalIssuer {
  private constructor(
    private readonly publicJwk: JWK,
    readonly issuer: string,
    readonly audience: string,
  ) {}

  static async loadOrCreate(dataDir: string, options: LocalIssuerOptions): Promise<LocalIssuer> {
    const dir = join(dataDir, 'keys');
    const file = join(dir, LOCAL_KEY_FILE);
    const jwk = (await readJwk(file)) ?? (await createJwk(dir, file));
    return LocalIssuer.fromPrivateJwk(jwk, options);
  }

  /** An issuer whose key lives only in memory (tests). */
  static async ephemeral(options: LocalIssuerOptions): Promise<LocalIssuer> {
    return LocalIssuer.fromPrivateJwk(await newPrivateJwk(), options);
  }

  private static async fromPrivateJwk(jwk: JWK, options: LocalIssuerOptions): Promise<LocalIssuer> {
    const { d: _private, ...publicJwk } = jwk;
    const kid = jwk.kid ?? (await calculateJwkThumbprint(publicJwk));
    const issuer = new LocalIssuer({ ...publicJwk, kid, alg: ALG, use: 'sig' }, options.issuer, options.audience);
    privateKeys.set(issuer, { key: (await importJWK({ ...jwk, alg: ALG }, ALG)) as CryptoKey, kid });
    return issuer;
  }

  /** The public key set, served at `/.well-known/jwks.json`. */
  get jwks(): JSONWebKeySet {
    return { keys: [{ ...this.publicJwk }] };
  }

  verifier(): TokenVerifier {
    return new TokenVerifier(createLocalJWKSet(this.jwks), {
      issuer: this.issuer,
      audience: this.audience,
      algorithms: [ALG],
    });
  }

  /** A token for the principal, valid from `now` for `expiresInSeconds`. */
  async sign(principal: Principal, options: { readonly expiresInSeconds: number; readonly now?: Date }): Promise<string> {
    const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
    return signWith(this, {
      ...claimsOf(principal),
      iss: this.issuer,
      aud: this.audience,
      iat,
      exp: iat + options.expiresInSeconds,
      jti: randomUUID(),
    });
  }
}

/** Signs any payload with the issuer's key; exported only through the testing entry point. */
export async function signWith(
  issuer: LocalIssuer,
  payload: JWTPayload,
  header: Readonly<Record<string, unknown>> = {},
): Promise<string> {
  const secret = privateKeys.get(issuer);
  if (secret === undefined) throw new Error('local issuer has no private key');
  return new SignJWT(payload).setProtectedHeader({ typ: 'JWT', ...header, alg: ALG, kid: secret.kid }).sign(secret.key);
}

async function readJwk(file: string): Promise<JWK | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read the local issuer key ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Written to a temporary file and linked into place, so that two processes starting at once
 * (the server and `setu token`) end up with the same key and nobody reads half a file.
 */
async function createJwk(dir: string, file: string): Promise<JWK> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const jwk = await newPrivateJwk();
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temp, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, file);
    return jwk;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readJwk(file)) as JWK;
  } finally {
    await unlink(temp);
  }
}

async function newPrivateJwk(): Promise<JWK> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  const { d: _private, ...publicJwk } = jwk;
  return { ...jwk, kid: await calculateJwkThumbprint(publicJwk), alg: ALG };
}
