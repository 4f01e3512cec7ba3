import type { LogPosition, RecordedEvent } from '@setu/event-store';
import type { ClientBase } from 'pg';
import type { Checkpoint } from '../checkpoints/checkpoint.store';
import { advanceCheckpoint, lockCheckpoint, samePosition } from '../checkpoints/checkpoint.store';
import type { Projection } from '../projection';

/** The projection caught a failed statement and went on, so the transaction could only roll back. */
export class BatchRolledBackError extends Error {
  readonly code = 'BATCH_ROLLED_BACK';
  constructor() {
    super('the batch transaction was aborted by a failed statement and rolled back at COMMIT');
    this.name = 'BatchRolledBackError';
  }
}

/** Where the writer believes the checkpoint is. */
export interface Expected {
  readonly position: LogPosition;
  readonly version: number;
}

export type BatchOutcome =
  | { readonly kind: 'applied' }
  /** The checkpoint is not where this writer thought (a rebuild swapped, another writer moved it): nothing was written. */
  | { readonly kind: 'moved'; readonly checkpoint: Checkpoint | undefined };

/**
 * One batch and the checkpoint after it, in one transaction on the lock session: both commit or
 * neither does. The checkpoint row is locked first and compared with what the writer expects, so a
 * writer that is out of date writes nothing.
 */
export async function applyBatch(
  client: ClientBase,
  projection: Projection,
  expected: Expected,
  events: readonly RecordedEvent[],
  next: LogPosition,
): Promise<BatchOutcome> {
  await client.query('BEGIN');
  try {
    const checkpoint = await lockCheckpoint(client, projection.name);
    if (checkpoint === undefined || !samePosition(checkpoint.position, expected.position) || checkpoint.version !== expected.version) {
      await client.query('ROLLBACK');
      return { kind: 'moved', checkpoint };
    }
    if (events.length > 0) await projection.handle(events, client);
    await advanceCheckpoint(client, projection.name, next, expected.version);
    const commit = await client.query('COMMIT');
    // PostgreSQL answers COMMIT with ROLLBACK when a statement failed and the projection caught it.
    if (commit.command !== 'COMMIT') throw new BatchRolledBackError();
    return { kind: 'applied' };
  } catch (error) {
    // A failed COMMIT has already rolled back; a lost connection has nothing left to roll back.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
