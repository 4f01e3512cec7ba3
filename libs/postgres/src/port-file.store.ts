import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { ClusterPaths } from './cluster-paths';

export interface PortRecord {
  readonly port: number;
  /** The Node process that started the server. */
  readonly pid: number;
}

function isPortRecord(value: unknown): value is PortRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { port, pid } = value as Record<string, unknown>;
  return Number.isInteger(port) && Number.isInteger(pid);
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function readPortRecord(paths: ClusterPaths): Promise<PortRecord | undefined> {
  const text = await readOptional(paths.portFile);
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isPortRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function writePortRecord(paths: ClusterPaths, record: PortRecord): Promise<void> {
  // Readers in other processes must never see a half-written file.
  const staging = `${paths.portFile}.${process.pid}`;
  await writeFile(staging, `${JSON.stringify(record)}\n`);
  await rename(staging, paths.portFile);
}

/** Removes the port file only if it still describes `record` (a later server may own it now). */
export async function removePortRecord(paths: ClusterPaths, record: PortRecord): Promise<void> {
  const current = await readPortRecord(paths);
  if (current?.port === record.port && current.pid === record.pid) await rm(paths.portFile, { force: true });
}

/** The pid and port PostgreSQL wrote into postmaster.pid, if the file exists. */
export async function readPostmasterLock(paths: ClusterPaths): Promise<{ pid: number; port?: number } | undefined> {
  const text = await readOptional(paths.lockFile);
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, port: Number.isInteger(port) && port > 0 ? port : undefined };
}
