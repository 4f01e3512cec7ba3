import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pdfOfSize, syntheticExecutable, syntheticJpeg, syntheticPdf, syntheticPng, syntheticTiff } from '../../testing/scans';
import { UnsupportedMediaTypeError } from '../documentation.errors';
import { ContentMeter } from './content-meter';
import { MediaTypeSniffer, mediaTypeOf } from './media-type';

async function through(data: Buffer, chunk: number, ...stages: NodeJS.ReadWriteStream[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += chunk) parts.push(data.subarray(i, i + chunk));
  const out: Buffer[] = [];
  await pipeline(Readable.from(parts), ...(stages as [NodeJS.ReadWriteStream]), new Writable({ write: (c: Buffer, _e, done) => (out.push(c), done()) }));
  return Buffer.concat(out);
}

describe('mediaTypeOf (magic bytes, via file-type)', () => {
  it('knows the four scan formats by their content alone', async () => {
    expect(await mediaTypeOf(syntheticPdf())).toBe('application/pdf');
    expect(await mediaTypeOf(syntheticJpeg())).toBe('image/jpeg');
    expect(await mediaTypeOf(syntheticPng())).toBe('image/png');
    expect(await mediaTypeOf(syntheticTiff())).toBe('image/tiff');
  });

  it('refuses an executable, naming what it is, and anything unrecognised or empty', async () => {
    await expect(mediaTypeOf(syntheticExecutable())).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', options: { extensions: { detectedType: 'application/x-msdownload' } } });
    await expect(mediaTypeOf(Buffer.from('%PDX not a pdf'))).rejects.toThrow(UnsupportedMediaTypeError);
    await expect(mediaTypeOf(Buffer.alloc(0))).rejects.toThrow(UnsupportedMediaTypeError);
    await expect(mediaTypeOf(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).rejects.toMatchObject({ options: { extensions: { detectedType: 'image/gif' } } });
  });
});

describe('MediaTypeSniffer', () => {
  it('passes the bytes through unchanged, however they are chunked', async () => {
    for (const chunk of [1, 7, 4100, 65536]) {
      const pdf = pdfOfSize(20_000);
      const sniffer = new MediaTypeSniffer();
      expect((await through(pdf, chunk, sniffer)).equals(pdf)).toBe(true);
      expect(sniffer.mediaType).toBe('application/pdf');
    }
    const tiny = syntheticPdf().subarray(0, 40);
    expect((await through(tiny, 3, new MediaTypeSniffer())).equals(tiny)).toBe(true);
  });

  it('errors before releasing a byte of something else', async () => {
    const out: Buffer[] = [];
    await expect(
      pipeline(Readable.from([syntheticExecutable()]), new MediaTypeSniffer(), new Writable({ write: (c: Buffer, _e, done) => (out.push(c), done()) })),
    ).rejects.toThrow(UnsupportedMediaTypeError);
    expect(out).toEqual([]);
  });
});

describe('ContentMeter', () => {
  it('measures SHA-256 and size while the bytes pass', async () => {
    const meter = new ContentMeter(100);
    await through(Buffer.from('abc'), 1, meter);
    expect(meter.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(meter.sizeBytes).toBe(3);
  });

  it('errors as soon as the size passes the limit, and accepts the limit itself', async () => {
    await expect(through(Buffer.alloc(101), 10, new ContentMeter(100))).rejects.toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
    await expect(through(Buffer.alloc(100), 10, new ContentMeter(100))).resolves.toHaveLength(100);
  });
});
