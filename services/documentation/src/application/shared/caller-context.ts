import type { Principal } from '@setu/access';
import type { Jurisdiction } from '@setu/contracts';

/** Who asks and under which request: everything a command needs besides its own data. */
export interface CallerContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly idempotencyKey?: string;
  /** From `If-Match`: decide only on this revision, and do not retry a conflict. */
  readonly expectedRevision?: number;
  /** The state the facts belong to, when the caller's token covers several. */
  readonly jurisdiction?: Jurisdiction;
}

export const DOCUMENTATION_SOURCE = 'setu.documentation';

export const documentsStream = (caseId: string): string => `documents-${caseId}`;
export const downloadsStream = (caseId: string): string => `documentdownloads-${caseId}`;
