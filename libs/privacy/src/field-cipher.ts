import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto';
import { CiphertextInvalidError } from './privacy.errors';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM of one value under a data key: `version(1) | iv(12) | ciphertext | tag(16)`.
 * The associated data binds the ciphertext to its case and purpose, so a value copied into
 * another child's record, or into another field, fails to decrypt. A random 96-bit IV per value
 * is safe far beyond the number of values one child will ever have (NIST SP 800-38D, 2^32).
 */
export function sealValue(key: KeyObject, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), iv, body, cipher.getAuthTag()]);
}

export function openValue(key: KeyObject, sealed: Uint8Array, aad: Uint8Array): Buffer {
  const data = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (data.length < 1 + IV_BYTES + TAG_BYTES) throw new CiphertextInvalidError('too short');
  if (data[0] !== VERSION) throw new CiphertextInvalidError(`unknown format version ${data[0]}`);
  const iv = data.subarray(1, 1 + IV_BYTES);
  const tag = data.subarray(data.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new CiphertextInvalidError('authentication failed');
  }
}
