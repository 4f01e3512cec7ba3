import { Module } from '@nestjs/common';
import { LOGGER, PG_POOL, SETU_CONFIG, type Env, type SetuConfig } from '@setu/platform';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { KeyRing } from './key-ring';
import { LocalKeyWrapper } from './local-key-wrapper';
import { loadMasterKey, masterKeySourceFrom } from './master-key';
import { PostgresDataKeyStore } from './postgres-data-key-store';

/** The app's KeyRing. */
export const KEY_RING = Symbol('setu:key-ring');

export interface KeyRingOptions {
  readonly env: Env;
  readonly dataDir: string;
  readonly pool: Pool;
  readonly logger?: Pick<Logger, 'warn'>;
}

/**
 * The KeyRing of a configuration: the master key from SETU_MASTER_KEY or the data folder's key
 * file, data keys in PostgreSQL. Refuses to start when stored keys were wrapped by another master key.
 */
export async function createKeyRing(options: KeyRingOptions): Promise<KeyRing> {
  const source = masterKeySourceFrom(options.env, options.dataDir);
  const { key, created } = await loadMasterKey(source);
  if (created && source.kind === 'file') {
    options.logger?.warn({ file: source.path }, 'created a new master key file; back it up, or set SETU_MASTER_KEY');
  }
  const ring = new KeyRing(new PostgresDataKeyStore(options.pool), new LocalKeyWrapper(key, source.retired));
  await ring.assertMasterKeyFits();
  return ring;
}

/**
 * Provides KEY_RING to every module that imports it (one KeyRing per app). The master-key
 * variables are read from the environment once, when the app starts.
 */
@Module({
  providers: [
    {
      provide: KEY_RING,
      useFactory: (config: SetuConfig, pool: Pool, logger: Logger) =>
        createKeyRing({ env: process.env, dataDir: config.dataDir, pool, logger }),
      inject: [SETU_CONFIG, PG_POOL, LOGGER],
    },
  ],
  exports: [KEY_RING],
})
export class PrivacyModule {}
