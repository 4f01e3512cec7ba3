import { ConfigError } from './config-error';
import { loadConfig } from './setu-config';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/setu');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to port 3000, ./data, info logs and the local issuer', () => {
    expect(loadConfig({}, '/srv/setu')).toEqual({
      port: 3000,
      dataDir: '/srv/setu/data',
      logLevel: 'info',
      auth: { mode: 'local', issuer: 'setu-local', audience: 'setu' },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        SETU_DATA_DIR: '/var/lib/setu',
        DATABASE_URL: 'postgres://setu:secret@db:5432/setu',
        LOG_LEVEL: 'debug',
        AUTH_ISSUER: 'https://idp.example/realms/setu',
        AUTH_AUDIENCE: 'setu-api',
        AUTH_JWKS_URL: 'https://idp.example/realms/setu/certs',
      },
      '/srv/setu',
    );
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/var/lib/setu',
      databaseUrl: 'postgres://setu:secret@db:5432/setu',
      logLevel: 'debug',
      auth: { mode: 'remote', issuer: 'https://idp.example/realms/setu', audience: 'setu-api' },
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }, '/srv/setu')).toMatchObject({ port: 3000 });
    expect(loadConfig({ DATABASE_URL: '' }, '/srv/setu').databaseUrl).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be an integer from 0 to 65535 (got "eighty")'],
    [{ PORT: '70000' }, 'PORT must be an integer'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ DATABASE_URL: 'mysql://db/setu' }, 'DATABASE_URL must be a postgres://'],
    [{ AUTH_JWKS_URL: 'https://idp.example/certs' }, 'AUTH_ISSUER is required'],
    [{ AUTH_ISSUER: 'x', AUTH_AUDIENCE: 'y', AUTH_JWKS_URL: 'http://idp.example/certs' }, 'AUTH_JWKS_URL must be an https URL'],
  ])('names the bad variable: %j', (env, expected) => {
    const error = configError(env);
    expect(error.message).toContain(expected);
    expect(error.message).not.toContain('\n');
  });

  it('never repeats a bad DATABASE_URL, which may hold a password', () => {
    expect(configError({ DATABASE_URL: 'mysql://root:hunter2@db/setu' }).message).not.toContain('hunter2');
  });

  it('reports every bad variable at once', () => {
    const error = configError({ PORT: '-1', LOG_LEVEL: 'loud' });
    expect(error.issues.map((i) => i.variable)).toEqual(['PORT', 'LOG_LEVEL']);
  });
});
