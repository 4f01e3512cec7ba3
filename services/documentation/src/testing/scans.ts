// Synthetic scans with real format headers: no real child, document or person.

function padded(head: Buffer, size: number, tail: Buffer = Buffer.alloc(0)): Buffer {
  const filler = Buffer.alloc(Math.max(0, size - head.length - tail.length));
  for (let i = 0; i < filler.length; i += 1) filler[i] = (i * 31 + 7) % 251;
  return Buffer.concat([head, filler, tail]);
}

/** A small, valid PDF; `variant` changes its content (and so its SHA-256). */
export function syntheticPdf(variant = 'FIR 0142/2026, PS Ramganj (synthetic)'): Buffer {
  const text = `BT /F1 12 Tf 72 720 Td (${variant}) Tj ET`;
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n',
    `4 0 obj\n<< /Length ${text.length} >>\nstream\n${text}\nendstream\nendobj\n`,
  ];
  const head = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  let offset = Buffer.byteLength(head, 'latin1');
  const offsets = objects.map((o) => {
    const at = offset;
    offset += Buffer.byteLength(o, 'latin1');
    return at;
  });
  const xref = `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const trailer = `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  return Buffer.from(head + objects.join('') + xref + trailer, 'latin1');
}

/** JPEG: SOI, a JFIF APP0 segment, filler, EOI. */
export function syntheticJpeg(size = 24_000): Buffer {
  const head = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]);
  return padded(head, size, Buffer.from([0xff, 0xd9]));
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** PNG: the signature, IHDR, an IDAT of filler and IEND, each chunk with its CRC. */
export function syntheticPng(size = 8_000): Buffer {
  const header = Buffer.from([0, 0, 4, 0, 0, 0, 3, 0, 8, 2, 0, 0, 0]);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = padded(Buffer.alloc(0), Math.max(1, size - 8 - 25 - 12 - 12));
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]);
}

/** TIFF, little-endian: `II*\0` and the offset of the first IFD. */
export function syntheticTiff(size = 9_000): Buffer {
  return padded(Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]), size);
}

/** A Windows executable: MZ header with the PE offset and signature. */
export function syntheticExecutable(size = 6_000): Buffer {
  const head = Buffer.alloc(0x90);
  head.write('MZ', 0, 'latin1');
  head.writeUInt32LE(0x80, 0x3c);
  head.write('PE\0\0', 0x80, 'latin1');
  head.writeUInt16LE(0x14c, 0x84);
  return padded(head, size);
}

/** A PDF of exactly `size` bytes (a real header and trailer, filler between): for size limits. */
export function pdfOfSize(size: number): Buffer {
  return padded(Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), size, Buffer.from('\n%%EOF\n', 'latin1'));
}
