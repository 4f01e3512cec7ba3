export { ConfigError, type ConfigIssue } from './config/config-error';
export {
  loadConfig,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  LOG_LEVELS,
  type AuthConfig,
  type Env,
  type LogLevel,
  type SetuConfig,
} from './config/setu-config';
export { DomainError, ERROR_CATEGORY_STATUS, type ErrorCategory, type FieldError } from './errors/domain-error';
export {
  problemMappingFor,
  registerProblemCodes,
  type ProblemExposure,
  type ProblemMapping,
} from './errors/problem-registry';
export { PROBLEM_CONTENT_TYPE, toProblem, type Problem, type ProblemDetails } from './errors/problem-details';
export { ProblemDetailsFilter } from './errors/problem-details.filter';
export { flattenValidationErrors, RequestValidationError } from './validation/request-validation.error';
export { createValidationPipe } from './validation/validation.pipe';
export { IS_PUBLIC, Public } from './http/public.decorator';
export {
  CORRELATION_ID_HEADER,
  CorrelationId,
  getRequestContext,
  setRequestUser,
  type RequestContext,
} from './http/request-context';
export { createLogger, PinoNestLogger } from './logging/logger';
export { DOCS_PATH, OPENAPI_PATH, BEARER_SCHEME, type OpenApiInfo } from './openapi/openapi';
export { PlatformModule } from './platform.module';
export { CLOCK, EVENT_STORE, ID_GENERATOR, LOGGER, METRICS_REGISTRY, PG_POOL, SETU_CONFIG } from './platform.di-tokens';
export { systemClock, uuidV7Generator, type Clock, type IdGenerator } from './commands/clock';
export { etagOf, IfMatch, parseIfMatch, revisionHeaders } from './commands/revision-headers';
export { IDEMPOTENCY_KEY_HEADER, IdempotencyInterceptor, IdempotencyKey } from './commands/idempotency.interceptor';
export { IDEMPOTENCY_RETENTION_HOURS } from './commands/idempotency.store';
export { CLOCK_SKEW_MS, IsPastOrNow } from './validation/is-past-or-now';
export { createSetuApp, type SetuAppOptions } from './create-setu-app';
export {
  PortInUseError,
  startSetuServer,
  type RunningSetuServer,
  type SetuServerOptions,
} from './server/start-setu-server';
export { runSetuMain, type SetuMainOptions } from './server/run-setu-main';
