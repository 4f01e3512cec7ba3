import 'reflect-metadata';
import { type DynamicModule, type INestApplication, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import type { Pool } from 'pg';
import type { Clock, IdGenerator } from './commands/clock';
import type { SetuConfig } from './config/setu-config';
import { ProblemDetailsFilter } from './errors/problem-details.filter';
import { createLogger, PinoNestLogger } from './logging/logger';
import { requestObserver } from './logging/request-observer.middleware';
import { createHttpMetrics } from './metrics/http-metrics';
import { buildOpenApiDocument, DOCS_PATH, mountOpenApi, type OpenApiInfo } from './openapi/openapi';
import { PlatformModule } from './platform.module';
import { createValidationPipe } from './validation/validation.pipe';

export interface SetuAppOptions {
  readonly config: SetuConfig;
  /** Owned by the caller, who ends it after closing the app. */
  readonly pool: Pool;
  /** Authentication for every route not marked @Public(): `AccessModule.forRoot(config)` from @setu/access. */
  readonly auth: DynamicModule;
  /** The service modules to serve. */
  readonly modules?: readonly (Type | DynamicModule)[];
  readonly logger?: Logger;
  readonly openApi?: Partial<OpenApiInfo>;
  /** Pins "now" and ids, for tests. */
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
}

/**
 * Builds and initialises (but does not listen) a Setu HTTP app: problem+json errors, DTO
 * validation, correlation ids, request logs and metrics, health, OpenAPI at /docs, and
 * authentication. Each service's main.ts and the embedded runtime both start here.
 */
export async function createSetuApp(options: SetuAppOptions): Promise<INestApplication> {
  const logger = options.logger ?? createLogger(options.config);
  const metrics = createHttpMetrics();

  @Module({
    imports: [
      PlatformModule.forRoot({ config: options.config, pool: options.pool, logger, metrics, clock: options.clock, ids: options.ids }),
      options.auth,
      ...(options.modules ?? []),
    ],
  })
  class SetuAppModule {}

  const app = await NestFactory.create(SetuAppModule, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  try {
    const express = app.getHttpAdapter().getInstance() as { disable(setting: string): void };
    express.disable('x-powered-by');
    // ETag is a stream revision here (revisionHeaders); a content hash from Express would be
    // sent back as If-Match and refused.
    express.disable('etag');
    app.use(requestObserver(logger, metrics, [DOCS_PATH]));
    app.useGlobalFilters(new ProblemDetailsFilter(logger));
    app.useGlobalPipes(createValidationPipe());
    const document = buildOpenApiDocument(app, {
      title: options.openApi?.title ?? 'Setu API',
      version: options.openApi?.version ?? '0.1.0',
      ...(options.openApi?.description === undefined ? {} : { description: options.openApi.description }),
    });
    mountOpenApi(app, document);
    await app.init();
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}
