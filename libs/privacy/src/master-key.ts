import { ConfigError, type ConfigIssue, type Env } from '@setu/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MASTER_KEY_BYTES } from './local-key-wrapper';

export const MASTER_KEY_FILE = 'master.key';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Where the master key comes from: the environment (full stack, secrets manager) or the data folder. */
export type MasterKeySource =
  | { readonly kind: 'environment'; readonly key: Buffer; readonly retired: readonly Buffer[] }
  | { readonly kind: 'file'; readonly path: string; readonly retired: readonly Buffer[] };

/**
 * `SETU_MASTER_KEY` (32 bytes, base64: `openssl rand -base64 32`) if set, else the key file
 * `<dataDir>/keys/master.key`, created on first start. `SETU_MASTER_KEYS_RETIRED` (comma-separated)
 * keeps earlier master keys usable for unwrapping during a rotation. Throws a ConfigError naming
 * each bad variable; key material is never echoed.
 */
export function masterKeySourceFrom(env: Env, dataDir: string): MasterKeySource {
  const issues: ConfigIssue[] = [];
  const value = env.SETU_MASTER_KEY?.trim() ?? '';
  const key = value === '' ? undefined : decodeKey('SETU_MASTER_KEY', value, issues);
  const retired = (env.SETU_MASTER_KEYS_RETIRED ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => decodeKey('SETU_MASTER_KEYS_RETIRED', item, issues))
    .filter((item): item is Buffer => item !== undefined);
  if (issues.length > 0) throw new ConfigError(issues);
  return key === undefined
    ? { kind: 'file', path: join(dataDir, 'keys', MASTER_KEY_FILE), retired }
    : { kind: 'environment', key, retired };
}

function decodeKey(variable: string, value: string, issues: ConfigIssue[]): Buffer | undefined {
  const key = BASE64.test(value) ? Buffer.from(value, 'base64') : undefined;
  if (key?.length === MASTER_KEY_BYTES) return key;
  issues.push({ variable, problem: `must be ${MASTER_KEY_BYTES} random bytes in base64 (openssl rand -base64 32)` });
  return undefined;
}

/** The master key of a source; a missing key file is created (mode 0600, in a 0700 folder). */
export async function loadMasterKey(source: MasterKeySource): Promise<{ readonly key: Buffer; readonly created: boolean }> {
  if (source.kind === 'environment') return { key: source.key, created: false };
  const existing = await readKeyFile(source.path);
  if (existing !== undefined) return { key: existing, created: false };
  return createKeyFile(source.path);
}

async function readKeyFile(path: string): Promise<Buffer | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read the master key file ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { cause: error });
  }
  const key = BASE64.test(text.trim()) ? Buffer.from(text.trim(), 'base64') : undefined;
  if (key?.length !== MASTER_KEY_BYTES) {
    throw new Error(`the master key file ${path} must hold ${MASTER_KEY_BYTES} bytes in base64`);
  }
  return key;
}

/**
 * Written to a temporary file and linked into place, so that two processes starting at once end
 * up with the same key and nobody reads half a file.
 */
async function createKeyFile(path: string): Promise<{ readonly key: Buffer; readonly created: boolean }> {
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  const key = randomBytes(MASTER_KEY_BYTES);
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temp, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, path);
    return { key, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: (await readKeyFile(path)) as Buffer, created: false };
  } finally {
    await unlink(temp);
  }
}
