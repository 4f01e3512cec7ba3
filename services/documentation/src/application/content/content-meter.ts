import { MAX_DOCUMENT_BYTES } from '@setu/contracts';
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DocumentTooLargeError } from '../documentation.errors';

/** SHA-256 and size of the bytes passing through; errors as soon as they exceed `maxBytes`. */
export class ContentMeter extends Transform {
  sizeBytes = 0;
  private readonly hash = createHash('sha256');
  private digest: string | undefined;

  constructor(private readonly maxBytes: number = MAX_DOCUMENT_BYTES) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.maxBytes) return callback(new DocumentTooLargeError());
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    callback();
  }

  /** Lowercase hex; available once the stream has ended. */
  get sha256(): string {
    if (this.digest === undefined) throw new Error('the content has not ended yet');
    return this.digest;
  }
}
