import type { EventStore } from '@setu/event-store';
import { START } from '@setu/event-store';
import type { ClientConfig, Pool } from 'pg';
import type { Registry } from 'prom-client';
import { readCheckpoint } from '../checkpoints/checkpoint.store';
import { UnknownProjectionError } from '../errors/projection.errors';
import type { LogProbe } from '../log/log-probe';
import { measureLag, PostgresLogProbe } from '../log/log-probe';
import type { ProjectionLogger } from '../logger';
import { silentLogger } from '../logger';
import type { MetricSource, ProjectionSample } from '../metrics/projection-metrics';
import { ProjectionMetrics } from '../metrics/projection-metrics';
import type { Projection } from '../projection';
import { checkProjections } from '../projection';
import type { RebuildOptions, RebuildResult } from '../rebuild/rebuild';
import { rebuildProjection } from '../rebuild/rebuild';
import { checkSetup } from '../setup-check';
import type { ProjectionFailure, RunnerSettings, WorkerStatus } from './projection-worker';
import { ProjectionWorker } from './projection-worker';

export interface ProjectionRunnerOptions {
  /** The database of the projections' tables and checkpoints (and, for lag, of the log). */
  readonly pool: Pool;
  readonly store: EventStore;
  readonly projections: readonly Projection[];
  /** Where the lag, failure and activity metrics are registered. */
  readonly registry?: Registry;
  readonly logger?: ProjectionLogger;
  /** "Now" for the lag in seconds. */
  readonly clock?: { now(): Date };
  /** Counts events behind a checkpoint; PostgreSQL's setu_events by default. */
  readonly probe?: LogProbe;
  /** Events per transaction (default 500): small, because an open transaction holds back every reader of the log. */
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  readonly standbyRetryMs?: number;
  readonly transientRetries?: number;
  readonly stopGraceMs?: number;
  /** setu_projection_lag_events counts at most this many (default 100,000). */
  readonly lagCap?: number;
  readonly swapLockTimeoutMs?: number;
  readonly swapAttempts?: number;
  /** Called when a projection stops on a failing event. */
  readonly onFailure?: (failure: ProjectionFailure) => void;
}

/**
 * Runs a list of projections in this process: for each, an instance that holds its advisory lock
 * applies the log in batches, each committed with its checkpoint; the others stand by. Also
 * rebuilds a projection from zero while the live tables keep serving.
 */
export class ProjectionRunner {
  private readonly projections: ReadonlyMap<string, Projection>;
  private readonly workers = new Map<string, ProjectionWorker>();
  private readonly settings: RunnerSettings;
  private readonly logger: ProjectionLogger;
  private readonly probe: LogProbe;
  private readonly clientConfig: ClientConfig;
  private readonly metrics: ProjectionMetrics | undefined;
  private readonly unregister: (() => void)[] = [];
  private started = false;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.projections = new Map(checkProjections(options.projections).map((p) => [p.name, p]));
    this.settings = {
      batchSize: options.batchSize ?? 500,
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      standbyRetryMs: options.standbyRetryMs ?? 1000,
      transientRetries: options.transientRetries ?? 3,
      stopGraceMs: options.stopGraceMs ?? 10_000,
    };
    this.logger = options.logger ?? silentLogger;
    this.probe = options.probe ?? new PostgresLogProbe(options.pool);
    this.clientConfig = options.pool.options;
    this.metrics = options.registry === undefined ? undefined : ProjectionMetrics.of(options.registry);
    for (const projection of this.projections.values()) {
      this.workers.set(projection.name, this.newWorker(projection));
      if (this.metrics !== undefined) this.unregister.push(this.metrics.add(this.metricSource(projection)));
    }
  }

  get names(): readonly string[] {
    return [...this.projections.keys()];
  }

  projection(name: string): Projection {
    const projection = this.projections.get(name);
    if (projection === undefined) throw new UnknownProjectionError(name, this.names);
    return projection;
  }

  /** Checks every projection's migrations and tables, then starts them all (each active here or standing by). */
  async start(): Promise<void> {
    if (this.started) return;
    for (const projection of this.projections.values()) await checkSetup(this.options.pool, projection);
    this.started = true;
    for (const worker of this.workers.values()) worker.start();
  }

  /** Stops every projection after its batch in hand and releases its lock. */
  async stop(): Promise<void> {
    this.started = false;
    await Promise.all([...this.workers.values()].map((worker) => worker.stop()));
    for (const unregister of this.unregister.splice(0)) unregister();
  }

  status(): WorkerStatus[] {
    return [...this.workers.values()].map((worker) => worker.status());
  }

  /** Starts a projection afresh, as a restart would: a failed one retries from its checkpoint. */
  async retry(name: string): Promise<void> {
    const projection = this.projection(name);
    await this.workers.get(name)?.stop();
    const worker = this.newWorker(projection);
    this.workers.set(name, worker);
    if (this.started) worker.start();
  }

  /** Replays one projection from the start of the log into shadow tables and swaps them in; the API keeps answering. */
  rebuild(name: string, options: RebuildOptions = {}): Promise<RebuildResult> {
    return this.rebuildProjection(this.projection(name), options);
  }

  private rebuildProjection(projection: Projection, options: RebuildOptions): Promise<RebuildResult> {
    const { store } = this.options;
    return rebuildProjection(
      projection,
      {
        store,
        clientConfig: this.clientConfig,
        probe: this.probe,
        logger: this.logger,
        batchSize: this.settings.batchSize,
        swapLockTimeoutMs: this.options.swapLockTimeoutMs ?? 2000,
        swapAttempts: this.options.swapAttempts ?? 10,
      },
      options,
    );
  }

  private newWorker(projection: Projection): ProjectionWorker {
    return new ProjectionWorker(projection, {
      store: this.options.store,
      clientConfig: this.clientConfig,
      logger: this.logger,
      settings: this.settings,
      rebuild: (p, signal) => this.rebuildProjection(p, { signal }),
      onApplied: (name, events) => this.metrics?.applied.inc({ projection: name }, events),
      ...(this.options.onFailure === undefined ? {} : { onFailure: this.options.onFailure }),
    });
  }

  private metricSource(projection: Projection): MetricSource {
    const { pool, clock, lagCap } = this.options;
    return {
      name: projection.name,
      sample: async (): Promise<ProjectionSample> => {
        const checkpoint = await readCheckpoint(pool, projection.name);
        const lag = await measureLag(this.probe, checkpoint?.position ?? START, projection, clock?.now() ?? new Date(), lagCap);
        return {
          ...lag,
          failed: checkpoint?.status === 'failed',
          active: this.workers.get(projection.name)?.status().active === true,
        };
      },
    };
  }
}
