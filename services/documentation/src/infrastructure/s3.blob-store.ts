import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  NoSuchKey,
  NoSuchUpload,
  UploadPartCommand,
  type CompletedPart,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { assertBlobKey, BlobNotFoundError, type BlobStore, type StagedBlob } from '../application/ports/blob-store.port';

/** S3's smallest part but the last; the most an upload holds in memory at once. */
export const S3_PART_BYTES = 5 * 1024 * 1024;

export interface S3BlobStoreOptions {
  readonly client: S3Client;
  readonly bucket: string;
  /** Prefix of every object key; default `documents/`. */
  readonly prefix?: string;
}

/**
 * Blobs as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph). A blob is staged as a
 * multipart upload, which is invisible until completed: commit completes it, discard aborts it,
 * so a refused or duplicate scan never becomes an object. Give the bucket a lifecycle rule that
 * aborts incomplete multipart uploads after a day, for uploads cut off by a crash.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3BlobStoreOptions) {
    this.client = options.client;
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? 'documents/';
  }

  /** Creates the bucket if it does not exist (tests, first start of a development stack). */
  async ensureBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch {
      await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
    }
  }

  async stage(key: string, content: Readable): Promise<StagedBlob> {
    assertBlobKey(key);
    const Key = this.prefix + key;
    const { UploadId } = await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key, ContentType: 'application/octet-stream' }));
    const abort = async (): Promise<void> => {
      await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId })).catch((error: unknown) => {
        if (!(error instanceof NoSuchUpload)) throw error;
      });
    };
    const parts: CompletedPart[] = [];
    let sizeBytes = 0;
    const upload = async (body: Buffer): Promise<void> => {
      const PartNumber = parts.length + 1;
      const { ETag } = await this.client.send(new UploadPartCommand({ Bucket: this.bucket, Key, UploadId, PartNumber, Body: body }));
      parts.push({ ETag, PartNumber });
    };
    try {
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      for await (const chunk of content as AsyncIterable<Buffer>) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        sizeBytes += chunk.length;
        if (pendingBytes >= S3_PART_BYTES) {
          await upload(Buffer.concat(pending));
          pending = [];
          pendingBytes = 0;
        }
      }
      if (pendingBytes > 0 || parts.length === 0) await upload(Buffer.concat(pending));
    } catch (error) {
      content.destroy();
      await abort().catch(() => undefined);
      throw error;
    }
    let settled = false;
    return {
      key,
      sizeBytes,
      commit: async () => {
        await this.client.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId, MultipartUpload: { Parts: parts } }));
        settled = true;
      },
      discard: async () => {
        if (!settled) await abort();
        settled = true;
      },
    };
  }

  async read(key: string): Promise<Readable> {
    assertBlobKey(key);
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }));
      if (Body === undefined) throw new BlobNotFoundError(key);
      return Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey) throw new BlobNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertBlobKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }));
  }
}
