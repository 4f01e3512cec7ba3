import { createSecretKey, randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import { CiphertextInvalidError, createDecryptStream, createEncryptStream } from '@setu/privacy';

const key = createSecretKey(randomBytes(32));
const aad = Buffer.from('setu:v1\0case\0blob');

/** Feeds `data` in chunks of `chunk` bytes, as a socket would. */
function chunked(data: Buffer, chunk: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += chunk) parts.push(data.subarray(i, i + chunk));
  return Readable.from(parts);
}

async function seal(plain: Buffer, segment = 64, chunk = 37): Promise<Buffer> {
  return buffer(chunked(plain, chunk).pipe(createEncryptStream(key, aad, segment)));
}

async function open(sealed: Buffer, withKey = key, withAad = aad, chunk = 41): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline(chunked(sealed, chunk), createDecryptStream(withKey, withAad), new Writable({ write: (part: Buffer, _e, done) => (out.push(part), done()) }));
  return Buffer.concat(out);
}

describe('segmented streaming AEAD', () => {
  it('round-trips any content, in any chunking, across segment boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 97 }), async (bytes, write, read) => {
        const plain = Buffer.from(bytes);
        expect((await open(await seal(plain, 64, write), key, aad, read)).equals(plain)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('handles empty content and exact multiples of the segment size', async () => {
    for (const size of [0, 64, 128]) {
      const plain = randomBytes(size);
      expect((await open(await seal(plain))).equals(plain)).toBe(true);
    }
  });

  it('hides the plaintext', async () => {
    const plain = Buffer.from('%PDF-1.7 synthetic FIR copy '.repeat(20));
    expect((await seal(plain)).includes(Buffer.from('synthetic FIR'))).toBe(false);
  });

  it('refuses a flipped bit anywhere, before releasing the segment it is in', async () => {
    const plain = randomBytes(300);
    const sealed = await seal(plain);
    for (const index of [0, 3, 10, 30, 60, 100, sealed.length - 1]) {
      const tampered = Buffer.from(sealed);
      tampered[index] ^= 0x01;
      await expect(open(tampered)).rejects.toThrow(CiphertextInvalidError);
    }
  });

  it('refuses truncation, a dropped segment, reordered segments and extra bytes', async () => {
    const sealed = await seal(randomBytes(300));
    const header = 28;
    const segment = 64 + 16;
    const [s0, s1] = [sealed.subarray(header, header + segment), sealed.subarray(header + segment, header + 2 * segment)];
    const cases = [
      sealed.subarray(0, sealed.length - 1),
      sealed.subarray(0, header + 2 * segment), // the last segment dropped
      Buffer.concat([sealed.subarray(0, header), s1, s0, sealed.subarray(header + 2 * segment)]),
      Buffer.concat([sealed, Buffer.of(0)]),
      sealed.subarray(0, 10),
    ];
    for (const tampered of cases) await expect(open(tampered)).rejects.toThrow(CiphertextInvalidError);
  });

  it('refuses another key or other associated data', async () => {
    const sealed = await seal(randomBytes(100));
    await expect(open(sealed, createSecretKey(randomBytes(32)))).rejects.toThrow(CiphertextInvalidError);
    await expect(open(sealed, key, Buffer.from('another blob'))).rejects.toThrow(CiphertextInvalidError);
  });

  it('never writes the same bytes twice for the same content', async () => {
    const plain = randomBytes(100);
    expect((await seal(plain)).equals(await seal(plain))).toBe(false);
  });
});
