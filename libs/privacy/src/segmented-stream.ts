import { createCipheriv, createDecipheriv, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { CiphertextInvalidError } from './privacy.errors';

// Streaming AEAD for blobs (the construction of Tink's AES-GCM-HKDF streaming and of age):
//   header  = version(1) | segmentSize(4, BE) | salt(16) | noncePrefix(7)
//   segment = AES-256-GCM(subkey, nonce = noncePrefix | counter(4, BE) | last(1), aad = header | aad)
// with subkey = HKDF-SHA256(data key, salt, "setu-blob-v1"). Each segment is authenticated on its
// own, so a reader never releases a byte that was not verified; the counter stops reordering and
// the last-segment flag stops truncation. A fresh salt per blob gives each blob its own subkey, so
// nonces never repeat however many blobs one child has.

const VERSION = 1;
const HEADER_BYTES = 1 + 4 + 16 + 7;
const TAG_BYTES = 16;
const INFO = Buffer.from('setu-blob-v1');
/** Plaintext bytes per segment. */
export const SEGMENT_BYTES = 64 * 1024;
const MAX_SEGMENT_BYTES = 4 * 1024 * 1024;

function subkeyOf(key: KeyObject, salt: Buffer): KeyObject {
  return createSecretKey(Buffer.from(hkdfSync('sha256', key, salt, INFO, 32)));
}

function nonceOf(prefix: Buffer, counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  prefix.copy(nonce, 0);
  nonce.writeUInt32BE(counter, 7);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** Encrypts a byte stream under `key`; the output is the header followed by sealed segments. */
export function createEncryptStream(key: KeyObject, aad: Uint8Array, segmentBytes = SEGMENT_BYTES): Transform {
  const salt = randomBytes(16);
  const prefix = randomBytes(7);
  const header = Buffer.alloc(HEADER_BYTES);
  header[0] = VERSION;
  header.writeUInt32BE(segmentBytes, 1);
  salt.copy(header, 5);
  prefix.copy(header, 21);
  const subkey = subkeyOf(key, salt);
  const associated = Buffer.concat([header, aad]);
  let counter = 0;
  let pending: Buffer = Buffer.alloc(0);

  const seal = (chunk: Buffer, last: boolean): Buffer => {
    const cipher = createCipheriv('aes-256-gcm', subkey, nonceOf(prefix, counter, last), { authTagLength: TAG_BYTES });
    counter += 1;
    cipher.setAAD(associated);
    return Buffer.concat([cipher.update(chunk), cipher.final(), cipher.getAuthTag()]);
  };

  return new Transform({
    construct(callback) {
      this.push(header);
      callback();
    },
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      // A full segment is sealed only once more data follows: the last one carries the flag.
      while (pending.length > segmentBytes) {
        this.push(seal(pending.subarray(0, segmentBytes), false));
        pending = pending.subarray(segmentBytes);
      }
      callback();
    },
    flush(callback: TransformCallback) {
      this.push(seal(pending, true));
      callback();
    },
  });
}

/**
 * Decrypts what `createEncryptStream` wrote with the same key and associated data. Fails with
 * CiphertextInvalidError at the first segment that does not authenticate, before releasing it.
 */
export function createDecryptStream(key: KeyObject, aad: Uint8Array): Transform {
  let pending: Buffer = Buffer.alloc(0);
  let opened: { subkey: KeyObject; prefix: Buffer; associated: Buffer; sealedBytes: number } | undefined;
  let counter = 0;

  const open = (sealed: Buffer, last: boolean): Buffer => {
    if (opened === undefined || sealed.length < TAG_BYTES) throw new CiphertextInvalidError('truncated');
    const decipher = createDecipheriv('aes-256-gcm', opened.subkey, nonceOf(opened.prefix, counter, last), {
      authTagLength: TAG_BYTES,
    });
    counter += 1;
    decipher.setAAD(opened.associated);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new CiphertextInvalidError(`segment ${counter - 1} failed authentication`);
    }
  };

  const readHeader = (): void => {
    const header = pending.subarray(0, HEADER_BYTES);
    if (header[0] !== VERSION) throw new CiphertextInvalidError(`unknown format version ${header[0]}`);
    const segmentBytes = header.readUInt32BE(1);
    if (segmentBytes === 0 || segmentBytes > MAX_SEGMENT_BYTES) throw new CiphertextInvalidError('bad segment size');
    opened = {
      subkey: subkeyOf(key, Buffer.from(header.subarray(5, 21))),
      prefix: Buffer.from(header.subarray(21, 28)),
      associated: Buffer.concat([header, aad]),
      sealedBytes: segmentBytes + TAG_BYTES,
    };
    pending = pending.subarray(HEADER_BYTES);
  };

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        if (opened === undefined && pending.length >= HEADER_BYTES) readHeader();
        // Hold back one segment until more follows: only the end of the stream tells the last one.
        while (opened !== undefined && pending.length > opened.sealedBytes) {
          this.push(open(pending.subarray(0, opened.sealedBytes), false));
          pending = pending.subarray(opened.sealedBytes);
        }
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        if (opened === undefined) throw new CiphertextInvalidError('truncated header');
        this.push(open(pending, true));
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
