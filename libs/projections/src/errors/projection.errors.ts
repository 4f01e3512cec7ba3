import type { ErrorDescription } from './describe-error';
import { formatError } from './describe-error';

/** A projection definition the runner cannot work with (bad name, version, tables). */
export class ProjectionDefinitionError extends Error {
  constructor(
    readonly projection: string,
    reason: string,
  ) {
    super(`projection "${projection}": ${reason}`);
    this.name = 'ProjectionDefinitionError';
  }
}

/** A projection's tables are not ready: a migration it names is not applied, or a table is missing or unsupported. */
export class ProjectionSetupError extends Error {
  constructor(
    readonly projection: string,
    reason: string,
  ) {
    super(`projection "${projection}": ${reason}`);
    this.name = 'ProjectionSetupError';
  }
}

export class UnknownProjectionError extends Error {
  constructor(
    readonly projection: string,
    known: readonly string[],
  ) {
    super(`unknown projection "${projection}" (registered: ${known.length === 0 ? 'none' : known.join(', ')})`);
    this.name = 'UnknownProjectionError';
  }
}

/** Another session (a CLI, another instance) is rebuilding this projection. */
export class RebuildInProgressError extends Error {
  constructor(readonly projection: string) {
    super(`projection "${projection}" is already being rebuilt by another session`);
    this.name = 'RebuildInProgressError';
  }
}

/** A rebuild was stopped (the runner is stopping); the live tables are untouched. */
export class RebuildAbortedError extends Error {
  constructor(readonly projection: string) {
    super(`rebuild of projection "${projection}" was stopped; the live tables are unchanged`);
    this.name = 'RebuildAbortedError';
  }
}

/** The swap kept meeting long queries on the live tables (or a live instance running ahead); the live tables are unchanged. */
export class RebuildSwapError extends Error {
  constructor(
    readonly projection: string,
    attempts: number,
  ) {
    super(`rebuild of projection "${projection}" could not swap its tables in after ${attempts} attempts; the live tables are unchanged`);
    this.name = 'RebuildSwapError';
  }
}

/**
 * A projection failed on an event. The message names the event id and the error's class and
 * code, never the error's own message, which can quote personal data.
 */
export class ProjectionFailedError extends Error {
  constructor(
    readonly projection: string,
    readonly eventId: string,
    readonly eventType: string,
    readonly error: ErrorDescription,
  ) {
    super(`projection "${projection}" failed on event ${eventId}: ${formatError(error)}`);
    this.name = 'ProjectionFailedError';
  }
}
