import { DOCUMENT_MEDIA_TYPES, type DocumentMediaType } from '@setu/contracts';
import { fileTypeFromBuffer } from 'file-type';
import { Transform, type TransformCallback } from 'node:stream';
import { UnsupportedMediaTypeError } from '../documentation.errors';

/** Bytes file-type needs to tell formats apart (its `reasonableDetectionSizeInBytes`). */
export const SNIFF_BYTES = 4100;

const EXTENSIONS: Readonly<Record<DocumentMediaType, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
};

export function extensionOf(mediaType: DocumentMediaType): string {
  return EXTENSIONS[mediaType];
}

function isDocumentMediaType(mime: string): mime is DocumentMediaType {
  return (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(mime);
}

/** The scan's type from its magic bytes (file-type), or UnsupportedMediaTypeError naming what it is. */
export async function mediaTypeOf(head: Uint8Array): Promise<DocumentMediaType> {
  const detected = head.length === 0 ? undefined : await fileTypeFromBuffer(head);
  if (detected === undefined || !isDocumentMediaType(detected.mime)) throw new UnsupportedMediaTypeError(detected?.mime);
  return detected.mime;
}

/**
 * Passes a stream through once its first bytes show an accepted format; errors before releasing
 * anything otherwise. `mediaType` is set when it lets the first bytes through.
 */
export class MediaTypeSniffer extends Transform {
  mediaType: DocumentMediaType | undefined;
  private head: Buffer[] = [];
  private headBytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.mediaType !== undefined) return callback(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return callback();
    this.release(callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.mediaType !== undefined) return callback();
    this.release(callback);
  }

  private release(callback: TransformCallback): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    mediaTypeOf(head).then(
      (mediaType) => {
        this.mediaType = mediaType;
        callback(null, head);
      },
      (error: unknown) => callback(error as Error),
    );
  }
}
