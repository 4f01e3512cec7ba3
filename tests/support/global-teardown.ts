import { rm } from 'node:fs/promises';
import { TEST_POSTGRES, testPostgresSlot } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const slot = testPostgresSlot();
  const started = slot[TEST_POSTGRES];
  if (started === undefined) return;
  delete slot[TEST_POSTGRES];
  try {
    await started.server.stop();
  } finally {
    await rm(started.dir, { recursive: true, force: true });
  }
}
