import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { type EventStore, PostgresEventStore } from '@setu/event-store';
import { TerminusModule } from '@nestjs/terminus';
import type { Logger } from 'pino';
import type { Pool } from 'pg';
import type { SetuConfig } from './config/setu-config';
import { HealthController } from './health/health.controller';
import type { HttpMetrics } from './metrics/http-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { type Clock, type IdGenerator, systemClock, uuidV7Generator } from './commands/clock';
import { IdempotencyInterceptor } from './commands/idempotency.interceptor';
import { CLOCK, EVENT_STORE, ID_GENERATOR, LOGGER, METRICS_REGISTRY, PG_POOL, SETU_CONFIG } from './platform.di-tokens';

export interface PlatformModuleOptions {
  readonly config: SetuConfig;
  readonly pool: Pool;
  readonly logger: Logger;
  readonly metrics: HttpMetrics;
  /** Tests pin time and ids here. */
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
}

/** Stops the store's subscriptions and LISTEN connection before the pool is closed. */
@Injectable()
class EventStoreShutdown implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Health, metrics and the app-wide providers (config, pool, logger, registry) for every module. */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    const providers = [
      { provide: SETU_CONFIG, useValue: options.config },
      { provide: PG_POOL, useValue: options.pool },
      { provide: LOGGER, useValue: options.logger },
      { provide: METRICS_REGISTRY, useValue: options.metrics.registry },
      { provide: EVENT_STORE, useFactory: (pool: Pool) => new PostgresEventStore(pool), inject: [PG_POOL] },
      { provide: CLOCK, useValue: options.clock ?? systemClock },
      { provide: ID_GENERATOR, useValue: options.ids ?? uuidV7Generator },
    ];
    return {
      module: PlatformModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController, MetricsController],
      providers: [...providers, EventStoreShutdown, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
      exports: providers.map((p) => p.provide),
    };
  }
}
