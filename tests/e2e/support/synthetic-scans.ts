import { createHash } from 'node:crypto';

// Small synthetic scans with real magic bytes (the documentation service decides the type by
// them), each carrying its own text so that no two have the same SHA-256. No real document.

export const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/** Printable ASCII only: what a PDF string and a JPEG comment can carry as they are. */
const ascii = (text: string): string => text.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, ' ');

/** A one-page PDF 1.4 (`%PDF-`) whose page shows `text`, with a correct cross-reference table. */
export function pdfScan(text: string): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${ascii(text)}) Tj ET`;
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n',
    `4 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`,
  ];
  const head = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  let offset = Buffer.byteLength(head, 'latin1');
  const offsets = objects.map((object) => {
    const at = offset;
    offset += Buffer.byteLength(object, 'latin1');
    return at;
  });
  const xref = `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const trailer = `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  return Buffer.from(head + objects.join('') + xref + trailer, 'latin1');
}

/** A JPEG (`FF D8 FF`, JFIF): SOI, APP0, a comment segment with `text`, some filler, EOI. */
export function jpegScan(text: string, size = 12_000): Buffer {
  const soiApp0 = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]);
  const comment = Buffer.from(ascii(text), 'latin1');
  const com = Buffer.concat([Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]), comment]);
  const eoi = Buffer.from([0xff, 0xd9]);
  const filler = Buffer.alloc(Math.max(0, size - soiApp0.length - com.length - eoi.length));
  for (let i = 0; i < filler.length; i += 1) filler[i] = (i * 31 + 7) % 251;
  return Buffer.concat([soiApp0, com, filler, eoi]);
}
