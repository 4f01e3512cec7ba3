import { ListMultipartUploadsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { blobStoreContract } from '../testing/blob-store.contract';
import { probeDocker } from '../testing/docker-probe';
import { S3BlobStore } from './s3.blob-store';

// The S3 adapter against a real MinIO started by testcontainers; never a fake S3. Where no Docker
// engine is reachable the suite is reported as skipped, with the reason.
const docker = probeDocker();
const suite = docker.reachable ? describe : describe.skip;
const title = docker.reachable ? 'S3BlobStore against MinIO' : `S3BlobStore against MinIO — SKIPPED: ${docker.reason}`;
if (!docker.reachable) {
  // Straight to stderr: Jest shows no console output for a file whose tests were all skipped.
  process.stderr.write(`SKIPPED S3BlobStore against MinIO (testcontainers): ${docker.reason}\n`);
}

const MINIO_IMAGE = 'minio/minio:RELEASE.2025-04-22T22-12-26Z';
const BUCKET = 'setu-documents-test';

suite(title, () => {
  let stop: (() => Promise<unknown>) | undefined;
  let client: S3Client;
  let store: S3BlobStore;

  beforeAll(async () => {
    const { MinioContainer } = await import('@testcontainers/minio');
    const minio = await new MinioContainer(MINIO_IMAGE).start();
    stop = () => minio.stop();
    client = new S3Client({
      endpoint: minio.getConnectionUrl(),
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: minio.getUsername(), secretAccessKey: minio.getPassword() },
    });
    store = new S3BlobStore({ client, bucket: BUCKET });
    await store.ensureBucket();
  }, 180_000);
  afterAll(async () => {
    client?.destroy();
    await stop?.();
  });

  blobStoreContract('S3BlobStore', {
    store: () => store,
    leftovers: async () => {
      const objects = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
      const uploads = await client.send(new ListMultipartUploadsCommand({ Bucket: BUCKET }));
      return [...(objects.Contents ?? []).map((o) => o.Key ?? ''), ...(uploads.Uploads ?? []).map((u) => `(upload) ${u.Key ?? ''}`)];
    },
  });
});
