import { ConfigError } from '@setu/platform';
import { masterKeyId, masterKeySourceFrom } from '@setu/privacy';

const key = Buffer.alloc(32, 7).toString('base64');

describe('masterKeySourceFrom', () => {
  it('takes SETU_MASTER_KEY when set', () => {
    const source = masterKeySourceFrom({ SETU_MASTER_KEY: key }, '/data');
    expect(source).toMatchObject({ kind: 'environment', retired: [] });
    expect(source.kind === 'environment' && masterKeyId(source.key)).toMatch(/^local:/);
  });

  it("falls back to the data folder's key file", () => {
    expect(masterKeySourceFrom({ SETU_MASTER_KEY: ' ' }, '/data')).toEqual({ kind: 'file', path: '/data/keys/master.key', retired: [] });
  });

  it('names each bad variable and never echoes the key', () => {
    const short = Buffer.alloc(16, 1).toString('base64');
    let error: unknown;
    try {
      masterKeySourceFrom({ SETU_MASTER_KEY: short, SETU_MASTER_KEYS_RETIRED: `${key},not base64!` }, '/data');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.variable)).toEqual(['SETU_MASTER_KEY', 'SETU_MASTER_KEYS_RETIRED']);
    expect((error as Error).message).not.toContain(short);
  });

  it('accepts retired keys for rotation', () => {
    const retired = Buffer.alloc(32, 9).toString('base64');
    expect(masterKeySourceFrom({ SETU_MASTER_KEY: key, SETU_MASTER_KEYS_RETIRED: retired }, '/d').retired).toHaveLength(1);
  });
});
