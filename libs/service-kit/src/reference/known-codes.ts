import { DISTRICTS, JURISDICTIONS, type Jurisdiction } from '@setu/contracts';
import { DomainError, type FieldError } from '@setu/platform';

/** Where clients find the valid codes (the rescue service's public reference endpoints). */
export const STATES_REFERENCE = '/reference/states';
export const DISTRICTS_REFERENCE = '/reference/districts';

/** A reference code in a request, named by the field that carries it. */
export type CodeRef =
  | { readonly kind: 'state'; readonly field: string; readonly code: string | undefined }
  | {
      readonly kind: 'district';
      readonly field: string;
      readonly code: string | undefined;
      /** The state the district must be in; an unknown state here is the state field's problem. */
      readonly state?: string;
    };

const STATE_OF_DISTRICT: ReadonlyMap<string, Jurisdiction> = new Map(DISTRICTS.map((d) => [d.code, d.state]));
const STATES: readonly string[] = JURISDICTIONS;

/** The state of a known district code; undefined for an unknown one. */
export function stateOfDistrict(code: string): Jurisdiction | undefined {
  return STATE_OF_DISTRICT.get(code);
}

/**
 * Refuses unknown state and district codes, and districts outside the state they must be in:
 * 422 `UNKNOWN_CODE` naming every bad field, with `see` pointing to the list. Codes change with
 * the reference data, not with the API, so they are checked after validation, not in DTOs.
 */
export function assertKnownCodes(refs: readonly CodeRef[]): void {
  const errors = refs.flatMap(problemOf);
  if (errors.length === 0) return;
  const onlyStates = errors.every((e) => refs.find((r) => r.field === e.field)?.kind === 'state');
  const plural = errors.length === 1 ? '' : 's';
  throw new DomainError('UNKNOWN_CODE', 'unprocessable', `The request has ${errors.length} unknown reference code${plural}.`, {
    errors,
    extensions: { see: onlyStates ? STATES_REFERENCE : DISTRICTS_REFERENCE },
  });
}

function problemOf(ref: CodeRef): FieldError[] {
  if (ref.code === undefined) return [];
  if (ref.kind === 'state') return STATES.includes(ref.code) ? [] : [{ field: ref.field, message: `${ref.code} is not a known state code` }];
  const state = STATE_OF_DISTRICT.get(ref.code);
  if (state === undefined) return [{ field: ref.field, message: `${ref.code} is not a known district code` }];
  if (ref.state !== undefined && STATES.includes(ref.state) && state !== ref.state) {
    return [{ field: ref.field, message: `${ref.code} is not a district of ${ref.state}` }];
  }
  return [];
}
