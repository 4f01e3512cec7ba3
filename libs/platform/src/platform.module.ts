import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { Logger } from 'pino';
import type { Pool } from 'pg';
import type { SetuConfig } from './config/setu-config';
import { HealthController } from './health/health.controller';
import type { HttpMetrics } from './metrics/http-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { LOGGER, METRICS_REGISTRY, PG_POOL, SETU_CONFIG } from './platform.di-tokens';

export interface PlatformModuleOptions {
  readonly config: SetuConfig;
  readonly pool: Pool;
  readonly logger: Logger;
  readonly metrics: HttpMetrics;
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
    ];
    return {
      module: PlatformModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController, MetricsController],
      providers,
      exports: providers.map((p) => p.provide),
    };
  }
}
