import { type DynamicModule, Inject, Injectable, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore } from '@setu/event-store';
import { CLOCK, type Clock, EVENT_STORE, LOGGER, METRICS_REGISTRY, PG_POOL } from '@setu/platform';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Projection } from '../projection';
import { ProjectionRunner } from '../runner/projection-runner';

/** The app's ProjectionRunner, for modules that show projection status. */
export const PROJECTION_RUNNER = Symbol('setu:projection-runner');

/** Starts the runner once the app is up; stops it (each projection after its batch in hand) before the store and pool close. */
@Injectable()
class ProjectionRunnerLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
  }
}

/** Runs the given projections (the registry of infra/runtime/projections.ts) in this app. */
@Module({})
export class ProjectionsModule {
  static forRoot(projections: readonly Projection[]): DynamicModule {
    return {
      module: ProjectionsModule,
      providers: [
        {
          provide: PROJECTION_RUNNER,
          useFactory: (pool: Pool, store: EventStore, registry: Registry, logger: Logger, clock: Clock) =>
            new ProjectionRunner({ pool, store, projections, registry, logger, clock }),
          inject: [PG_POOL, EVENT_STORE, METRICS_REGISTRY, LOGGER, CLOCK],
        },
        ProjectionRunnerLifecycle,
      ],
      exports: [PROJECTION_RUNNER],
    };
  }
}
