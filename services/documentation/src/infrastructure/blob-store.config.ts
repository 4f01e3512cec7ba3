import { S3Client } from '@aws-sdk/client-s3';
import { ConfigError, type ConfigIssue, type Env } from '@setu/platform';
import { join } from 'node:path';
import type { BlobStore } from '../application/ports/blob-store.port';
import { LocalDiskBlobStore } from './local-disk.blob-store';
import { S3BlobStore } from './s3.blob-store';

export type BlobStoreConfig =
  | { readonly kind: 'local'; readonly root: string }
  | {
      readonly kind: 's3';
      readonly bucket: string;
      readonly region: string;
      readonly endpoint?: string;
      readonly forcePathStyle: boolean;
      readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
    };

/**
 * `SETU_BLOB_STORE=local` (default: `<SETU_DATA_DIR>/blobs`) or `s3` with `SETU_S3_BUCKET`, and
 * optionally `SETU_S3_ENDPOINT` (MinIO), `SETU_S3_REGION` (default us-east-1),
 * `SETU_S3_FORCE_PATH_STYLE` (default true with an endpoint), `SETU_S3_ACCESS_KEY_ID` and
 * `SETU_S3_SECRET_ACCESS_KEY` (both or neither: neither uses the AWS default credential chain).
 * Throws a ConfigError naming each bad variable; secrets are never echoed.
 */
export function blobStoreConfigFrom(env: Env, dataDir: string): BlobStoreConfig {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const issues: ConfigIssue[] = [];
  const kind = get('SETU_BLOB_STORE') ?? 'local';
  if (kind === 'local') return { kind: 'local', root: join(dataDir, 'blobs') };
  if (kind !== 's3') {
    throw new ConfigError([{ variable: 'SETU_BLOB_STORE', problem: `must be local or s3 (got "${kind}")` }]);
  }
  const bucket = get('SETU_S3_BUCKET');
  if (bucket === undefined) issues.push({ variable: 'SETU_S3_BUCKET', problem: 'is required when SETU_BLOB_STORE is s3' });
  const endpoint = get('SETU_S3_ENDPOINT');
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    issues.push({ variable: 'SETU_S3_ENDPOINT', problem: `must be an http(s) URL (got "${endpoint}")` });
  }
  const pathStyle = get('SETU_S3_FORCE_PATH_STYLE');
  if (pathStyle !== undefined && !['true', 'false'].includes(pathStyle)) {
    issues.push({ variable: 'SETU_S3_FORCE_PATH_STYLE', problem: `must be true or false (got "${pathStyle}")` });
  }
  const accessKeyId = get('SETU_S3_ACCESS_KEY_ID');
  const secretAccessKey = get('SETU_S3_SECRET_ACCESS_KEY');
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    const missing = accessKeyId === undefined ? 'SETU_S3_ACCESS_KEY_ID' : 'SETU_S3_SECRET_ACCESS_KEY';
    issues.push({ variable: missing, problem: 'is required with the other S3 key variable (set both, or neither for the AWS default credentials)' });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    kind: 's3',
    bucket: bucket as string,
    region: get('SETU_S3_REGION') ?? 'us-east-1',
    ...(endpoint === undefined ? {} : { endpoint }),
    forcePathStyle: pathStyle === undefined ? endpoint !== undefined : pathStyle === 'true',
    ...(accessKeyId === undefined || secretAccessKey === undefined ? {} : { credentials: { accessKeyId, secretAccessKey } }),
  };
}

export function createBlobStore(config: BlobStoreConfig): BlobStore {
  if (config.kind === 'local') return new LocalDiskBlobStore(config.root);
  const client = new S3Client({
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
    ...(config.credentials === undefined ? {} : { credentials: config.credentials }),
  });
  return new S3BlobStore({ client, bucket: config.bucket });
}
