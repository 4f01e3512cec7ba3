import type { EventStore, LogPosition, RecordedEvent } from '@setu/event-store';
import { comparePositions } from '@setu/event-store';
import type { ClientConfig } from 'pg';
import type { Checkpoint } from '../checkpoints/checkpoint.store';
import { adoptVersion, ensureCheckpoint, isStart, readCheckpoint, recordFailure, samePosition } from '../checkpoints/checkpoint.store';
import type { ErrorDescription } from '../errors/describe-error';
import { describeError, formatError, isTransient } from '../errors/describe-error';
import { ProjectionFailedError, RebuildAbortedError, RebuildInProgressError } from '../errors/projection.errors';
import type { ProjectionLogger } from '../logger';
import type { Projection } from '../projection';
import type { BatchOutcome, Expected } from './batch-transaction';
import { applyBatch } from './batch-transaction';
import { Doorbell } from './doorbell';
import { LockSession } from './lock-session';
import type { Page } from './page-reader';
import { PageReader } from './page-reader';
import { sleep } from './sleep';

/**
 * `standby`: another instance holds the projection (or this one is connecting). `catching-up` and
 * `live`: active, applying. `rebuilding`: active, replaying a new version into shadow tables.
 * `failed`: active, stopped on an event, keeping the lock so that no other instance repeats the failure.
 */
export type WorkerState = 'standby' | 'catching-up' | 'live' | 'rebuilding' | 'failed' | 'stopped';

export interface ProjectionFailure {
  readonly projection: string;
  readonly eventId: string;
  readonly eventType: string;
  /** The checkpoint, just before the failing event. */
  readonly position: LogPosition;
  readonly error: ErrorDescription;
}

export interface WorkerStatus {
  readonly name: string;
  readonly state: WorkerState;
  /** This instance holds the projection's lock. */
  readonly active: boolean;
  readonly position?: LogPosition;
  readonly failure?: ProjectionFailure;
}

export interface RunnerSettings {
  readonly batchSize: number;
  /** Fallback poll while live, should the doorbell stay silent. */
  readonly pollIntervalMs: number;
  /** How often a standby tries the lock, and a failed projection looks at its checkpoint. */
  readonly standbyRetryMs: number;
  /** Retries of a batch after a transient database error before it counts as the projection's failure. */
  readonly transientRetries: number;
  /** How long stop() lets a batch finish before it ends the session (the server rolls the batch back). */
  readonly stopGraceMs: number;
}

export interface WorkerDeps {
  readonly store: EventStore;
  readonly clientConfig: ClientConfig;
  readonly logger: ProjectionLogger;
  readonly settings: RunnerSettings;
  /** Replays the projection into shadow tables and swaps them in (ProjectionRunner.rebuild). */
  readonly rebuild: (projection: Projection, abort: AbortSignal) => Promise<unknown>;
  readonly onApplied: (projection: string, events: number) => void;
  readonly onFailure?: (failure: ProjectionFailure) => void;
}

type Outcome = 'stopped' | 'failed' | 'stand-down';
type FollowOutcome = BatchOutcome | { readonly kind: 'failed' } | { readonly kind: 'stopped' };

const ACTIVE: ReadonlySet<WorkerState> = new Set(['catching-up', 'live', 'rebuilding', 'failed']);
const MAX_BACKOFF_MS = 5000;

/** One projection in one process: stands by for its lock, then catches up, goes live, and stops on a failing event. */
export class ProjectionWorker {
  private state: WorkerState = 'standby';
  private position: LogPosition | undefined;
  private failure: ProjectionFailure | undefined;
  private session: LockSession | undefined;
  private readonly abort = new AbortController();
  private readonly doorbell: Doorbell;
  private done: Promise<void> = Promise.resolve();

  constructor(
    private readonly projection: Projection,
    private readonly deps: WorkerDeps,
  ) {
    this.doorbell = new Doorbell(deps.store, projection);
  }

  status(): WorkerStatus {
    return {
      name: this.projection.name,
      state: this.state,
      active: ACTIVE.has(this.state),
      ...(this.position === undefined ? {} : { position: this.position }),
      ...(this.failure === undefined ? {} : { failure: this.failure }),
    };
  }

  start(): void {
    this.done = this.run();
  }

  /** Stops after the batch in hand; one still running after the grace period is cut off and rolled back. */
  async stop(): Promise<void> {
    this.abort.abort();
    const grace = new AbortController();
    const finished = await Promise.race([
      this.done.then(() => true),
      sleep(this.deps.settings.stopGraceMs, grace.signal).then(() => false),
    ]);
    grace.abort();
    if (!finished) await this.session?.close();
    await this.done;
  }

  private get stopping(): boolean {
    return this.abort.signal.aborted;
  }

  private get name(): string {
    return this.projection.name;
  }

  private async run(): Promise<void> {
    const { settings, logger } = this.deps;
    let backoff = 0;
    while (!this.stopping) {
      try {
        this.session = await LockSession.open(this.deps.clientConfig, `setu-projection:${this.name}`);
        this.state = 'standby';
        if (!(await this.acquire(this.session))) continue;
        backoff = 0;
        logger.info({ projection: this.name }, 'projection active on this instance');
        let outcome = await this.serve(this.session);
        while (outcome === 'failed' && (await this.holdWhileFailed(this.session))) outcome = await this.serve(this.session);
        if (outcome === 'stand-down') {
          this.state = 'standby';
          await sleep(settings.standbyRetryMs, this.abort.signal);
        }
      } catch (error) {
        if (this.stopping) break;
        backoff = backoff === 0 ? 100 : Math.min(backoff * 2, MAX_BACKOFF_MS);
        logger.warn({ projection: this.name, error: formatError(describeError(error)) }, 'projection lost its database session; standing by');
        this.state = 'standby';
        await sleep(backoff, this.abort.signal);
      } finally {
        await this.doorbell.close();
        await this.session?.close();
        this.session = undefined;
      }
    }
    this.state = 'stopped';
  }

  private async acquire(session: LockSession): Promise<boolean> {
    while (!this.stopping && session.alive) {
      if (await session.tryLock('active', this.name)) return true;
      await Promise.race([sleep(this.deps.settings.standbyRetryMs, this.abort.signal), session.lost]);
    }
    return false;
  }

  private async serve(session: LockSession): Promise<Outcome> {
    const { projection } = this;
    let checkpoint = await ensureCheckpoint(session.client, this.name, projection.version);
    while (!this.stopping) {
      if (checkpoint.version !== projection.version) {
        const settled = await this.settleVersion(session, checkpoint);
        if (settled !== undefined) return settled;
        checkpoint = await ensureCheckpoint(session.client, this.name, projection.version);
        continue;
      }
      if (checkpoint.status === 'failed') {
        this.deps.logger.info({ projection: this.name, eventId: checkpoint.failedEventId }, 'projection retrying from where it failed');
      }
      const outcome = await this.follow(session, checkpoint);
      if (outcome.kind !== 'moved') return outcome.kind === 'applied' ? 'stopped' : outcome.kind;
      this.deps.logger.info({ projection: this.name }, 'projection checkpoint moved under it (tables swapped by a rebuild); resuming from it');
      checkpoint = outcome.checkpoint ?? (await ensureCheckpoint(session.client, this.name, projection.version));
    }
    return 'stopped';
  }

  /** The rows were built by another version: adopt ours if there are none, rebuild if older, stand down if newer. */
  private async settleVersion(session: LockSession, checkpoint: Checkpoint): Promise<Outcome | undefined> {
    const { projection, deps } = this;
    if (checkpoint.version > projection.version) {
      deps.logger.warn(
        { projection: this.name, version: projection.version, built: checkpoint.version },
        'projection rows were built by a newer version; standing down (rebuild with this version to go back)',
      );
      return 'stand-down';
    }
    if (isStart(checkpoint.position)) {
      await adoptVersion(session.client, this.name, checkpoint.version, projection.version);
      return undefined;
    }
    this.state = 'rebuilding';
    deps.logger.info({ projection: this.name, version: projection.version, built: checkpoint.version }, 'projection version changed; rebuilding');
    try {
      await deps.rebuild(projection, this.abort.signal);
      return undefined;
    } catch (error) {
      if (error instanceof RebuildAbortedError) return 'stopped';
      if (error instanceof RebuildInProgressError) {
        await sleep(deps.settings.standbyRetryMs, this.abort.signal);
        return undefined;
      }
      if (!(error instanceof ProjectionFailedError)) throw error;
      await recordFailure(session.client, this.name, checkpoint.position, error.eventId, error.error);
      this.failed({ projection: this.name, eventId: error.eventId, eventType: error.eventType, position: checkpoint.position, error: error.error });
      return 'failed';
    }
  }

  private async follow(session: LockSession, checkpoint: Checkpoint): Promise<FollowOutcome> {
    const { settings } = this.deps;
    let expected: Expected = { position: checkpoint.position, version: checkpoint.version };
    this.position = expected.position;
    this.state = 'catching-up';
    await this.doorbell.close();
    const reader = new PageReader(this.deps.store, this.projection, settings.batchSize, () => this.doorbell.version, expected.position);
    while (!this.stopping) {
      // Its writes would fail anyway; without this a dead session would spin on reads while nothing comes.
      if (!session.alive) throw new Error('the lock session ended');
      const page = await reader.next();
      if (comparePositions(page.position, expected.position) > 0) {
        const outcome = await this.apply(session, expected, page);
        if (outcome.kind !== 'applied') return outcome;
        expected = { ...expected, position: page.position };
        this.position = page.position;
      }
      if (page.full) {
        this.state = 'catching-up';
        continue;
      }
      this.state = 'live';
      this.doorbell.listen(expected.position);
      if (this.doorbell.version === page.seen) {
        await Promise.race([this.doorbell.wait(page.seen, settings.pollIntervalMs, this.abort.signal), session.lost]);
      }
    }
    return { kind: 'stopped' };
  }

  /**
   * The page in one transaction; if it fails for the projection's sake, its events one per
   * transaction, so that those before the failing one are kept and the failing one is known.
   */
  private async apply(session: LockSession, expected: Expected, page: Page): Promise<FollowOutcome> {
    const { client } = session;
    try {
      const outcome = await this.retryTransient(session, () => applyBatch(client, this.projection, expected, page.events, page.position));
      if (outcome.kind === 'applied') this.deps.onApplied(this.name, page.events.length);
      return outcome;
    } catch (error) {
      if (!session.alive || page.events.length === 0) throw error;
    }
    let at = expected.position;
    for (const event of page.events) {
      let outcome: BatchOutcome;
      try {
        outcome = await this.retryTransient(session, () => applyBatch(client, this.projection, { ...expected, position: at }, [event], event.logPosition));
      } catch (error) {
        if (!session.alive) throw error;
        return this.fail(session, at, event, error);
      }
      if (outcome.kind === 'moved') return outcome;
      this.deps.onApplied(this.name, 1);
      at = event.logPosition;
      this.position = at;
    }
    // Every event went through alone; only the batch as a whole failed. Move past what the page skipped.
    return this.retryTransient(session, () => applyBatch(client, this.projection, { ...expected, position: at }, [], page.position));
  }

  private async retryTransient<T>(session: LockSession, attempt: () => Promise<T>): Promise<T> {
    const { settings, logger } = this.deps;
    for (let tries = 1; ; tries += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (!session.alive || !isTransient(error) || tries > settings.transientRetries || this.stopping) throw error;
        logger.warn({ projection: this.name, error: formatError(describeError(error)), attempt: tries }, 'projection batch hit a transient database error; retrying');
        await sleep(Math.min(50 * 2 ** tries, MAX_BACKOFF_MS), this.abort.signal);
      }
    }
  }

  private async fail(session: LockSession, at: LogPosition, event: RecordedEvent, error: unknown): Promise<FollowOutcome> {
    const description = describeError(error);
    await recordFailure(session.client, this.name, at, event.eventId, description);
    this.failed({ projection: this.name, eventId: event.eventId, eventType: event.type, position: at, error: description });
    return { kind: 'failed' };
  }

  private failed(failure: ProjectionFailure): void {
    this.failure = failure;
    this.position = failure.position;
    this.state = 'failed';
    this.deps.logger.error(
      { projection: failure.projection, eventId: failure.eventId, eventType: failure.eventType, error: formatError(failure.error) },
      'projection stopped on an event; it resumes from its checkpoint when restarted after a fix',
    );
    this.deps.onFailure?.(failure);
  }

  /**
   * Keeps the lock while failed. Resumes (true) when the checkpoint changes under it, as when a
   * rebuild with fixed code swapped new tables in; false when stopped.
   */
  private async holdWhileFailed(session: LockSession): Promise<boolean> {
    const failure = this.failure;
    while (!this.stopping && failure !== undefined) {
      await Promise.race([sleep(this.deps.settings.standbyRetryMs, this.abort.signal), session.lost]);
      if (this.stopping) break;
      const checkpoint = await readCheckpoint(session.client, this.name);
      if (checkpoint?.status !== 'failed' || !samePosition(checkpoint.position, failure.position)) {
        this.deps.logger.info({ projection: this.name }, 'failed projection checkpoint changed; resuming');
        return true;
      }
    }
    return false;
  }
}
