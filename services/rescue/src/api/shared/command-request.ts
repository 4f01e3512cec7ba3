import type { Principal } from '@setu/access';
import type { CommandRequest } from '../../application';

export function commandRequest(
  principal: Principal,
  correlationId: string,
  idempotencyKey: string | undefined,
  expectedRevision?: number,
): CommandRequest {
  return { principal, correlationId, idempotencyKey, expectedRevision };
}

/** A reported time as the domain takes it. */
export function toDate(iso: string): Date;
export function toDate(iso: string | undefined): Date | undefined;
export function toDate(iso: string | undefined): Date | undefined {
  return iso === undefined ? undefined : new Date(iso);
}
