import { DISTRICTS, JURISDICTIONS } from '@setu/contracts';
import { DomainError, type FieldError } from '@setu/platform';

/** A reference code in a request, named by the field that carries it. */
export type CodeRef =
  | { readonly kind: 'state'; readonly field: string; readonly code: string | undefined }
  | { readonly kind: 'district'; readonly field: string; readonly code: string | undefined; readonly state?: string };

const districtStates = new Map(DISTRICTS.map((d) => [d.code, d.state]));
const states: readonly string[] = JURISDICTIONS;

/**
 * Refuses unknown state and district codes (422, every bad field named) and points to the list.
 * Codes change with the reference data, not with the schema, so they are checked here, not in DTOs.
 */
export function assertKnownCodes(refs: readonly CodeRef[]): void {
  const errors = refs.flatMap(problemOf);
  if (errors.length === 0) return;
  const onlyStates = errors.every((e) => refs.find((r) => r.field === e.field)?.kind === 'state');
  throw new DomainError('UNKNOWN_CODE', 'unprocessable', `The request has ${errors.length} unknown reference code${errors.length === 1 ? '' : 's'}.`, {
    errors,
    extensions: { see: onlyStates ? '/reference/states' : '/reference/districts' },
  });
}

/** The state of a known district code. */
export function stateOfDistrict(code: string): string | undefined {
  return districtStates.get(code);
}

function problemOf(ref: CodeRef): FieldError[] {
  if (ref.code === undefined) return [];
  if (ref.kind === 'state') return states.includes(ref.code) ? [] : [{ field: ref.field, message: `${ref.code} is not a known state code` }];
  const state = districtStates.get(ref.code);
  if (state === undefined) return [{ field: ref.field, message: `${ref.code} is not a known district code` }];
  if (ref.state !== undefined && states.includes(ref.state) && state !== ref.state) {
    return [{ field: ref.field, message: `${ref.code} is not a district of ${ref.state}` }];
  }
  return [];
}
