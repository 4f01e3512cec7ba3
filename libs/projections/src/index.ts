export type { Projection, ProjectionTx } from './projection';
export { checkProjections } from './projection';
export type { ProjectionLogger } from './logger';
export type { Checkpoint, CheckpointStatus } from './checkpoints/checkpoint.store';
export type { ErrorDescription } from './errors/describe-error';
export { describeError, formatError } from './errors/describe-error';
export {
  ProjectionDefinitionError,
  ProjectionFailedError,
  ProjectionSetupError,
  RebuildAbortedError,
  RebuildInProgressError,
  RebuildSwapError,
  UnknownProjectionError,
} from './errors/projection.errors';
export type { Behind, Lag, LogProbe } from './log/log-probe';
export { PostgresLogProbe } from './log/log-probe';
export type { ProjectionFailure, WorkerState, WorkerStatus } from './runner/projection-worker';
export { ProjectionRunner, type ProjectionRunnerOptions } from './runner/projection-runner';
export type { RebuildOptions, RebuildProgress, RebuildResult } from './rebuild/rebuild';
export { reportProjections, type ProjectionReport, type ReportOptions } from './status/projection-status';
export { PROJECTION_RUNNER, ProjectionsModule } from './nest/projections.module';
