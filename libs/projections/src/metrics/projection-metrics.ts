import { Counter, Gauge, type Registry } from 'prom-client';

export interface ProjectionSample {
  readonly lagEvents: number;
  readonly lagSeconds: number;
  readonly failed: boolean;
  readonly active: boolean;
}

export interface MetricSource {
  readonly name: string;
  sample(): Promise<ProjectionSample>;
}

type Label = 'projection';

/**
 * The projection metrics of one registry, filled at scrape time from the database, so that every
 * instance (a standby too) reports the projection's lag from its stored checkpoint, and a stopped
 * or failed projection still shows its lag growing. One sampling per scrape serves every gauge.
 */
export class ProjectionMetrics {
  private static readonly byRegistry = new WeakMap<Registry, ProjectionMetrics>();

  private readonly sources = new Set<MetricSource>();
  private sampling: Promise<Map<string, ProjectionSample>> | undefined;
  readonly applied: Counter<Label>;

  static of(registry: Registry): ProjectionMetrics {
    let metrics = ProjectionMetrics.byRegistry.get(registry);
    if (metrics === undefined) {
      metrics = new ProjectionMetrics(registry);
      ProjectionMetrics.byRegistry.set(registry, metrics);
    }
    return metrics;
  }

  private constructor(registry: Registry) {
    const gauge = (name: string, help: string, pick: (sample: ProjectionSample) => number): Gauge<Label> => {
      const sampleAll = (): Promise<Map<string, ProjectionSample>> => this.sampleAll();
      return new Gauge({
        name,
        help,
        labelNames: ['projection'],
        registers: [registry],
        async collect() {
          this.reset();
          for (const [projection, sample] of await sampleAll()) this.set({ projection }, pick(sample));
        },
      });
    };
    gauge('setu_projection_lag_events', 'Events the projection reads that are in the log and not yet applied (counted up to a cap)', (s) => s.lagEvents);
    gauge('setu_projection_lag_seconds', 'Age of the oldest event not yet applied; 0 when caught up', (s) => s.lagSeconds);
    gauge('setu_projection_failed', '1 while the projection is stopped on a failing event', (s) => (s.failed ? 1 : 0));
    gauge('setu_projection_active', '1 where this instance holds the projection (others stand by)', (s) => (s.active ? 1 : 0));
    this.applied = new Counter({
      name: 'setu_projection_events_applied_total',
      help: 'Events applied to the live tables by this instance',
      labelNames: ['projection'],
      registers: [registry],
    });
  }

  /** Returns the function that removes it. */
  add(source: MetricSource): () => void {
    this.sources.add(source);
    return () => this.sources.delete(source);
  }

  private sampleAll(): Promise<Map<string, ProjectionSample>> {
    this.sampling ??= this.sampleSources().finally(() => (this.sampling = undefined));
    return this.sampling;
  }

  private async sampleSources(): Promise<Map<string, ProjectionSample>> {
    const samples = new Map<string, ProjectionSample>();
    await Promise.all(
      [...this.sources].map(async (source) => {
        // A database that does not answer leaves the projection out of this scrape rather than failing it.
        const sample = await source.sample().catch(() => undefined);
        if (sample === undefined) return;
        const other = samples.get(source.name);
        samples.set(source.name, other === undefined ? sample : { ...sample, active: sample.active || other.active });
      }),
    );
    return samples;
  }
}
