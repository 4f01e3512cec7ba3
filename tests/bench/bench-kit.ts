import type { EmbeddedPostgres } from '@setu/postgres';
import { startEmbeddedPostgres } from '@setu/postgres';
import { createTestDatabase } from '@setu/postgres/testing';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';

/** Runs `writers` workers over `jobs` jobs each, returns jobs per second (all workers together). */
export async function throughput(writers: number, jobsPerWriter: number, job: (writer: number, i: number) => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = 0; i < jobsPerWriter; i += 1) await job(writer, i);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return (writers * jobsPerWriter) / seconds;
}

export interface BenchDatabase {
  readonly url: string;
  readonly pool: Pool;
  drop(): Promise<void>;
}

/** A fresh, migrated database on the embedded PostgreSQL (or DATABASE_URL's server). */
export async function benchDatabase(): Promise<BenchDatabase> {
  return createTestDatabase();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const fmt = (n: number): string => String(Math.round(n));
export const ratio = (a: number, b: number): string => (a / b).toFixed(2);

/**
 * Runs a benchmark against DATABASE_URL's server, or a throwaway embedded PostgreSQL, and always
 * stops what it started, so a bench leaves no postgres process behind.
 */
export async function withBenchPostgres(run: () => Promise<void>): Promise<void> {
  let embedded: EmbeddedPostgres | undefined;
  const dataDir = await mkdtemp(join(tmpdir(), 'setu-bench-'));
  await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the `postgres` user and must enter it
  try {
    if (process.env.DATABASE_URL) {
      process.env.SETU_TEST_ADMIN_URL = process.env.DATABASE_URL;
    } else {
      embedded = await startEmbeddedPostgres({ dataDir });
      process.env.SETU_TEST_ADMIN_URL = embedded.url;
    }
    await run();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
