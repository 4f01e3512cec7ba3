import { createHash, createSecretKey, type KeyObject } from 'node:crypto';
import { openValue, sealValue } from './field-cipher';
import type { KeyWrapper } from './key-wrapper.port';

export const MASTER_KEY_BYTES = 32;

/** A master key's public name: a fingerprint that tells keys apart and reveals nothing of them. */
export function masterKeyId(masterKey: Buffer): string {
  return `local:${createHash('sha256').update('setu-master-key-id\0').update(masterKey).digest('hex').slice(0, 16)}`;
}

const contextOf = (context: string): Buffer => Buffer.from(`setu:data-key:v1\0${context}`);

/**
 * Wraps data keys with AES-256-GCM under a master key held in memory. Retired master keys may be
 * given too, so that keys wrapped before a rotation still unwrap until they are rewrapped.
 */
export class LocalKeyWrapper implements KeyWrapper {
  readonly currentKeyId: string;
  private readonly current: KeyObject;
  private readonly keys = new Map<string, KeyObject>();

  constructor(masterKey: Buffer, retired: readonly Buffer[] = []) {
    for (const key of [masterKey, ...retired]) {
      if (key.length !== MASTER_KEY_BYTES) throw new Error(`a master key must be ${MASTER_KEY_BYTES} bytes`);
      this.keys.set(masterKeyId(key), createSecretKey(key));
    }
    this.currentKeyId = masterKeyId(masterKey);
    this.current = createSecretKey(masterKey);
  }

  canUnwrap(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  wrap(dataKey: Buffer, context: string): Promise<Buffer> {
    return Promise.resolve(sealValue(this.current, dataKey, contextOf(context)));
  }

  unwrap(wrapped: Buffer, keyId: string, context: string): Promise<Buffer> {
    const key = this.keys.get(keyId);
    if (key === undefined) return Promise.reject(new Error(`master key ${keyId} is not configured`));
    try {
      return Promise.resolve(openValue(key, wrapped, contextOf(context)));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
