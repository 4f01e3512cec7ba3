import { ConfigError } from '@setu/platform';
import { blobStoreConfigFrom } from './blob-store.config';

describe('blobStoreConfigFrom', () => {
  it('defaults to the local disk under the data folder', () => {
    expect(blobStoreConfigFrom({}, '/srv/setu')).toEqual({ kind: 'local', root: '/srv/setu/blobs' });
  });

  it('reads an S3-compatible store (MinIO: path style by default with an endpoint)', () => {
    const config = blobStoreConfigFrom(
      { SETU_BLOB_STORE: 's3', SETU_S3_BUCKET: 'setu-documents', SETU_S3_ENDPOINT: 'http://minio:9000', SETU_S3_ACCESS_KEY_ID: 'setu', SETU_S3_SECRET_ACCESS_KEY: 's3cr3t-value' },
      '/d',
    );
    expect(config).toEqual({
      kind: 's3',
      bucket: 'setu-documents',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'setu', secretAccessKey: 's3cr3t-value' },
    });
    expect(blobStoreConfigFrom({ SETU_BLOB_STORE: 's3', SETU_S3_BUCKET: 'b', SETU_S3_REGION: 'ap-south-1' }, '/d')).toEqual({
      kind: 's3',
      bucket: 'b',
      region: 'ap-south-1',
      forcePathStyle: false,
    });
  });

  it('names each bad variable, never echoing a secret', () => {
    const fail = (env: Record<string, string>) => {
      try {
        blobStoreConfigFrom(env, '/d');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return error as ConfigError;
      }
      throw new Error('expected a ConfigError');
    };
    expect(fail({ SETU_BLOB_STORE: 'ftp' }).issues.map((i) => i.variable)).toEqual(['SETU_BLOB_STORE']);
    const error = fail({ SETU_BLOB_STORE: 's3', SETU_S3_ENDPOINT: 'minio:9000', SETU_S3_FORCE_PATH_STYLE: 'yes', SETU_S3_SECRET_ACCESS_KEY: 's3cr3t-value' });
    expect(error.issues.map((i) => i.variable)).toEqual(['SETU_S3_BUCKET', 'SETU_S3_ENDPOINT', 'SETU_S3_FORCE_PATH_STYLE', 'SETU_S3_ACCESS_KEY_ID']);
    expect(error.message).not.toContain('s3cr3t-value');
  });
});
